package app.hearth.team;

import app.hearth.common.MailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A therapist's sign-in: the email and a new password (12 to 72 characters; bcrypt reads no further). */
record TherapistLoginRequest(@NotBlank @MailAddress String email,
                           @NotBlank @Size(min = 12, max = 72) String password) {
}
