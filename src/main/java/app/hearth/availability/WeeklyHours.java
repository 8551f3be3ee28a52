package app.hearth.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One span of regular hours on a weekday, in the therapist's own zone. */
public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {
    public WeeklyHours {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("hours must start before they end");
        }
    }
}
