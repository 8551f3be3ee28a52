package app.hearth.booking;

import app.hearth.common.MailAddress;
import app.hearth.common.MultilineText;
import app.hearth.common.PlainText;
import app.hearth.common.TimeZoneName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** What a prospective client sends to book a discovery call. */
record CreateBookingRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be a therapist's slug or \"any\"")
        String therapist,
        @NotNull Instant start,
        @NotBlank @TimeZoneName String timezone,
        @NotNull @Valid Client client,
        @Size(max = 2000) @MultilineText String message,
        @NotNull(message = "must be given") @AssertTrue(message = "must be true: the client agrees to be contacted")
        Boolean consent) {

    /** The person booking; name and email are required, a phone number is optional. */
    public record Client(
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotBlank @MailAddress String email,
            @Size(max = 40) @Pattern(regexp = "[+0-9 ().x-]*", message = "may hold only digits, spaces and + ( ) . - x")
            String phone) {
    }

    public boolean forAnyTherapist() {
        return "any".equals(therapist);
    }
}
