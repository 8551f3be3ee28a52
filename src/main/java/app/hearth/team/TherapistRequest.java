package app.hearth.team;

import app.hearth.therapist.BookingPolicy;
import app.hearth.common.MailAddress;
import app.hearth.common.MultilineText;
import app.hearth.common.PlainText;
import app.hearth.common.TimeZoneName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A therapist's profile as an admin creates or replaces it; the booking policy is optional (defaults apply).
 * The email is where the therapist's own calendar invitations go; without one they get none.
 */
record TherapistRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be lower-case letters, digits and dashes")
        String slug,
        @NotBlank @Size(max = 200) @PlainText String name,
        @Size(max = 40) @PlainText String pronouns,
        @Size(max = 200) @PlainText String credentials,
        @Size(max = 8000) @MultilineText String bio,
        @Size(max = 500) @Pattern(regexp = "(/|https://)[^\\s\"'<>]*", message = "must be a path or an https address")
        String photoUrl,
        @NotBlank @TimeZoneName String timezone,
        @MailAddress String email,
        @Size(max = 20) List<@NotBlank @Size(max = 80) @PlainText String> specialties,
        @Size(max = 20) List<@NotBlank @Size(max = 40) @PlainText String> languages,
        Boolean acceptingNewClients,
        @Valid BookingPolicy bookingPolicy) {
}
