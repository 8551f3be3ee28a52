package app.hearth.intake;

import app.hearth.booking.Booking;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.Problem.FieldError;
import app.hearth.common.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what a client sends with a draft or a submission. Every wrong field is collected first, so the
 * client hears about all of them at once rather than one per attempt.
 */
@ApplicationScoped
class IntakeInput {

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;

    /** The answers as the form defines them; refuses them, with every error found so far, when any is wrong. */
    Map<String, Object> answers(IntakeForm form, Map<String, Object> raw, IntakeValidator.Mode mode,
                                List<FieldError> errors) {
        Instant now = clock.instant();
        IntakeValidator.Result result = IntakeValidator.validate(form.definition(), raw, mode,
                LocalDate.ofInstant(now, config.practiceTimezone()), now);
        errors.addAll(result.errors());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result.answers();
    }

    /** The booking a manage token links to; none when no token is given, an error when it links nowhere. */
    static Booking booking(String token, List<FieldError> errors) {
        if (token == null || token.isBlank()) {
            return null;
        }
        Optional<Booking> booking = Secrets.looksLikeToken(token)
                ? Booking.findByTokenHash(Secrets.hash(token)) : Optional.empty();
        if (booking.isEmpty()) {
            errors.add(new FieldError("bookingToken", "is not a valid booking link"));
        }
        return booking.orElse(null);
    }
}
