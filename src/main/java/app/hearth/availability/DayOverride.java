package app.hearth.availability;

import java.time.LocalDate;
import java.time.LocalTime;

/** A change to one date's hours; start and end are null only for a whole day off. */
public record DayOverride(LocalDate date, OverrideKind kind, LocalTime start, LocalTime end) {

    boolean wholeDay() {
        return start == null;
    }
}
