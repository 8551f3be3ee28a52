package app.hearth.availability;

import app.hearth.therapist.BookingPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScheduleCoversTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    /**
     * Weekly hours Tuesday 09:00-12:00 and 13:00-17:00 in Toronto, plus an optional override on the call's date;
     * a 15-minute call at the given local date and time is covered or not.
     */
    @ParameterizedTest(name = "{0} {1} with [{2}] -> {3}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-01 | 09:00 |                          | true",
            "2026-12-01 | 11:45 |                          | true",
            "2026-12-01 | 11:50 |                          | false",
            "2026-12-01 | 12:00 |                          | false",
            "2026-12-01 | 08:45 |                          | false",
            "2026-12-02 | 09:00 |                          | false",
            "2026-12-01 | 09:00 | UNAVAILABLE              | false",
            "2026-12-01 | 09:00 | UNAVAILABLE 08:00-09:10  | false",
            "2026-12-01 | 10:00 | UNAVAILABLE 08:00-09:10  | true",
            "2026-12-01 | 09:00 | AVAILABLE 18:00-19:00    | false",
            "2026-12-01 | 18:30 | AVAILABLE 18:00-19:00    | true",
            "2026-12-02 | 18:30 | AVAILABLE 18:00-19:00    | true",
            "2027-03-09 | 09:00 |                          | true",
    })
    void coversCallsInsideTheDaysHoursOnly(String date, String time, String override, boolean covered) {
        LocalDate day = LocalDate.parse(date);
        List<DayOverride> overrides = new ArrayList<>();
        if (override != null) {
            String[] parts = override.split("[ -]");
            overrides.add(parts.length == 1 ? new DayOverride(day, OverrideKind.valueOf(parts[0]), null, null)
                    : new DayOverride(day, OverrideKind.valueOf(parts[0]), LocalTime.parse(parts[1]), LocalTime.parse(parts[2])));
        }
        Schedule schedule = new Schedule(TORONTO, List.of(
                new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))),
                overrides, BookingPolicy.DEFAULT, Schedule.DISCOVERY_CALL);
        Instant start = day.atTime(LocalTime.parse(time)).atZone(TORONTO).toInstant();
        assertEquals(covered, schedule.covers(start, start.plus(Duration.ofMinutes(15))));
    }
}
