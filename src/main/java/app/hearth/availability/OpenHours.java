package app.hearth.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Whether a booked call still lies inside a therapist's working hours. Pure; used after an hours change to
 * list the bookings the new hours no longer cover, which are kept and reported, never cancelled.
 */
public final class OpenHours {

    private OpenHours() {
    }

    public static boolean covers(Schedule schedule, Instant start, Instant end) {
        ZonedDateTime localStart = start.atZone(schedule.zone());
        ZonedDateTime localEnd = end.atZone(schedule.zone());
        LocalDate day = localStart.toLocalDate();
        if (!localEnd.toLocalDate().equals(day)) {
            return false;
        }
        List<DayOverride> overrides = schedule.overrides().stream().filter(o -> o.date().equals(day)).toList();
        LocalTime from = localStart.toLocalTime();
        LocalTime to = localEnd.toLocalTime();
        return SlotEngine.hoursOn(day, schedule.weekly(), overrides.isEmpty() ? null : overrides).stream()
                .anyMatch(span -> !from.isBefore(span[0]) && !to.isAfter(span[1]));
    }
}
