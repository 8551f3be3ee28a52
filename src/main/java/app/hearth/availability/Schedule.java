package app.hearth.availability;

import app.hearth.therapist.BookingPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Everything about one therapist's availability that the slot engine needs, detached from the database. */
public record Schedule(ZoneId zone, List<WeeklyHours> weekly, List<DayOverride> overrides, BookingPolicy policy,
                       Duration callLength) {

    public static final Duration DISCOVERY_CALL = Duration.ofMinutes(15);

    public Schedule {
        weekly = List.copyOf(weekly);
        overrides = List.copyOf(overrides);
    }
}
