package app.hearth.availability;

import app.hearth.therapist.BookingPolicy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Everything about one therapist's availability that the slot engine needs, detached from the database. */
public record Schedule(ZoneId zone, List<WeeklyHours> weekly, List<DayOverride> overrides, BookingPolicy policy,
                       Duration callLength) {

    public static final Duration DISCOVERY_CALL = Duration.ofMinutes(15);

    public Schedule {
        weekly = List.copyOf(weekly);
        overrides = List.copyOf(overrides);
    }

    /**
     * Whether a call lies inside these hours on its day (date overrides included). Used after an hours change
     * to list the bookings the new hours no longer cover, which are kept and reported, never cancelled.
     */
    boolean covers(Instant start, Instant end) {
        ZonedDateTime localStart = start.atZone(zone);
        ZonedDateTime localEnd = end.atZone(zone);
        LocalDate day = localStart.toLocalDate();
        if (!localEnd.toLocalDate().equals(day)) {
            return false;
        }
        List<DayOverride> onDay = overrides.stream().filter(o -> o.date().equals(day)).toList();
        LocalTime from = localStart.toLocalTime();
        LocalTime to = localEnd.toLocalTime();
        return SlotEngine.hoursOn(day, weekly, onDay.isEmpty() ? null : onDay).stream()
                .anyMatch(span -> !from.isBefore(span[0]) && !to.isAfter(span[1]));
    }
}
