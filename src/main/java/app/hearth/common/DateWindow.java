package app.hearth.common;

import app.hearth.common.Problem.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** An inclusive range of dates from the "from" and "to" query parameters, read in some zone. */
public record DateWindow(LocalDate first, LocalDate last) {

    /**
     * Parses from/to (YYYY-MM-DD, both optional) with defaults: from is today, to is from plus defaultDays.
     * Each mistake is added to errors (field "from" or "to") and null is returned, so a caller can report
     * them together with its own.
     */
    public static DateWindow parse(String from, String to, LocalDate today, int defaultDays, int maxDays,
                                   List<FieldError> errors) {
        LocalDate first = date("from", from, today, errors);
        LocalDate last = date("to", to, first == null ? null : first.plusDays(defaultDays), errors);
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first)) {
            errors.add(new FieldError("to", "must not be before from"));
            return null;
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > maxDays) {
            errors.add(new FieldError("to", "must be at most " + maxDays + " days after from, inclusive"));
            return null;
        }
        return new DateWindow(first, last);
    }

    /** The first instant of the first day in the zone. */
    public Instant startIn(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day in the zone. */
    public Instant endIn(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String field, String value, LocalDate fallback, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            // PostgreSQL's timestamps end in the year 294276; no calendar question needs more than four digits
            if (date.getYear() < 1900 || date.getYear() > 9999) {
                errors.add(new FieldError(field, "must be a date between the years 1900 and 9999"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }
}
