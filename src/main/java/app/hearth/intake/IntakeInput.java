package app.hearth.intake;

import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
}
