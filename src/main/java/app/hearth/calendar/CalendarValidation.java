package app.hearth.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

import java.util.stream.Collectors;

/** Checks a calendar with iCal4j's own validators, RFC 5545 and, when it carries a METHOD, the iTIP rules of RFC 5546. */
final class CalendarValidation {

    private CalendarValidation() {
    }

    /** Throws when the calendar breaks a rule: an invalid calendar is a bug, never something to send. */
    public static void requireValid(Calendar calendar) {
        try {
            ValidationResult result = calendar.validate();
            if (calendar.getProperty("METHOD").isPresent()) {
                result = result.merge(new ITIPValidator().validate(calendar));
            }
            if (result.hasErrors()) {
                throw new IllegalArgumentException("invalid calendar: " + result.getEntries().stream()
                        .filter(e -> e.getSeverity() == ValidationEntry.Severity.ERROR)
                        .map(e -> e.getContext() + ": " + e.getMessage())
                        .collect(Collectors.joining("; ")));
            }
        } catch (ValidationException e) {
            throw new IllegalArgumentException("invalid calendar: " + e.getMessage(), e);
        }
    }
}
