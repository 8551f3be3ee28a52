package app.hearth.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Email, password and, for an account with a second factor, a code (six-digit TOTP or a recovery code). Sizes are
 * capped so that a huge password cannot keep the hashing busy.
 */
public record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String password,
                           @Size(max = 40) String code) {
}
