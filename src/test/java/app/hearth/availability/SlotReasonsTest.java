package app.hearth.availability;

import app.hearth.therapist.BookingPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The engine's reasons for each closed quarter-hour, and that its FREE ones are exactly the slots it offers. */
class SlotReasonsTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** Tuesday 1 December 2026. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Instant MONDAY_NOON = Instant.parse("2026-11-30T17:00:00Z");

    private static Instant at(String local) {
        return DAY.atTime(LocalTime.parse(local)).atZone(TORONTO).toInstant();
    }

    private static Map<String, ClosedReason> explain(BookingPolicy policy, List<DayOverride> overrides,
                                                     List<BusyTime> busy, Instant now) {
        Schedule schedule = new Schedule(TORONTO, List.of(new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                LocalTime.of(11, 0))), overrides, policy, Schedule.DISCOVERY_CALL);
        List<SlotEngine.Quarter> quarters = SlotEngine.explain(schedule, busy, now, DAY);
        List<Instant> free = SlotEngine.freeSlots(schedule, busy, now, DAY.atStartOfDay(TORONTO).toInstant(),
                DAY.plusDays(1).atStartOfDay(TORONTO).toInstant()).stream().map(Slot::start).toList();
        assertEquals(free, quarters.stream().filter(q -> q.reason() == ClosedReason.FREE).map(SlotEngine.Quarter::start).toList(),
                "FREE is exactly what the public answer offers");
        return quarters.stream().collect(Collectors.toMap(q -> q.local().toString(), SlotEngine.Quarter::reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case,                          buffer, notice h, horizon d, max/day, booked at, override,      now,                   quarter, reason
            "open,                            0,      0,        365,       96,        ,          ,              2026-11-30T17:00:00Z,  09:00,   FREE",
            "a booked quarter,                0,      0,        365,       96,        10:00,     ,              2026-11-30T17:00:00Z,  10:00,   BOOKED",
            "next to a booking with buffer,   15,     0,        365,       96,        10:00,     ,              2026-11-30T17:00:00Z,  10:15,   BUFFER",
            "next to a booking without one,   0,      0,        365,       96,        10:00,     ,              2026-11-30T17:00:00Z,  10:15,   FREE",
            "inside the notice,               0,      48,       365,       96,        ,          ,              2026-11-30T17:00:00Z,  09:00,   MINIMUM_NOTICE",
            "past the horizon,                0,      0,        1,         96,        ,          ,              2026-11-30T12:00:00Z,  10:00,   BEYOND_HORIZON",
            "day full,                        0,      0,        365,       1,         09:00,     ,              2026-11-30T17:00:00Z,  10:30,   DAY_FULL",
            "whole day off,                   0,      0,        365,       96,        ,          OFF,           2026-11-30T17:00:00Z,  09:30,   TIME_OFF",
            "part off,                        0,      0,        365,       96,        ,          OFF 09:00-10:00, 2026-11-30T17:00:00Z, 09:30,   TIME_OFF",
            "part off leaves the rest,        0,      0,        365,       96,        ,          OFF 09:00-10:00, 2026-11-30T17:00:00Z, 10:30,   FREE",
            "replacement hours,               0,      0,        365,       96,        ,          ON 13:00-14:00, 2026-11-30T17:00:00Z,  13:15,   FREE",
            "usual hours replaced,            0,      0,        365,       96,        ,          ON 13:00-14:00, 2026-11-30T17:00:00Z,  09:15,   OUTSIDE_HOURS",
            "busy in the own calendar,        0,      0,        365,       96,  CAL 10:00-10:30, ,           2026-11-30T17:00:00Z,  10:15,   CALENDAR_BUSY",
            "a calendar event off the quarter, 0,     0,        365,       96,  CAL 09:50-10:10, ,           2026-11-30T17:00:00Z,  09:45,   CALENDAR_BUSY",
            "and past its end,                0,      0,        365,       96,  CAL 09:50-10:10, ,           2026-11-30T17:00:00Z,  10:15,   FREE",
            "no buffer around calendar time,  15,     0,        365,       96,  CAL 10:00-10:30, ,           2026-11-30T17:00:00Z,  10:30,   FREE",
            "calendar time is not a call,     0,      0,        365,       1,   CAL 09:00-09:15, ,           2026-11-30T17:00:00Z,  10:30,   FREE",
            "notice comes before the calendar, 0,     48,       365,       96,  CAL 10:00-10:30, ,           2026-11-30T17:00:00Z,  10:00,   MINIMUM_NOTICE",
            "time off comes before it,        0,      0,        365,       96,  CAL 10:00-10:30, OFF,        2026-11-30T17:00:00Z,  10:00,   TIME_OFF",
    })
    void eachClosedQuarterNamesItsReason(String name, int buffer, int notice, int horizon, int max, String booked,
                                         String override, String now, String quarter, ClosedReason expected) {
        BookingPolicy policy = new BookingPolicy(buffer, buffer, notice, horizon, max);
        List<BusyTime> busy = booked == null ? List.of() : List.of(busy(booked));
        assertEquals(expected, explain(policy, overrides(override), busy, Instant.parse(now)).get(quarter), name);
    }

    @Test
    void quartersOutsideEveryHourAreNotListedAndTheDayIsInOrder() {
        Map<String, ClosedReason> day = explain(new BookingPolicy(0, 0, 0, 365, 96), List.of(), List.of(), MONDAY_NOON);
        assertEquals(8, day.size(), "09:00 to 11:00 is eight quarter-hours");
        assertEquals(null, day.get("11:00"));
    }

    /** "10:00" is a booked call at 10:00; "CAL 09:50-10:10" is an event in the therapist's own calendar. */
    private static BusyTime busy(String text) {
        if (!text.startsWith("CAL ")) {
            return BusyTime.active(at(text), at(text).plus(Schedule.DISCOVERY_CALL));
        }
        String[] times = text.substring(4).split("-");
        return BusyTime.elsewhere(at(times[0]), at(times[1]));
    }

    @Test
    void aBookedCallInsideCalendarTimeIsNamedAsTheBooking() {
        List<BusyTime> both = List.of(busy("10:00"), busy("CAL 09:30-11:00"));
        Map<String, ClosedReason> day = explain(new BookingPolicy(0, 0, 0, 365, 96), List.of(), both, MONDAY_NOON);
        assertEquals(ClosedReason.BOOKED, day.get("10:00"));
        assertEquals(ClosedReason.CALENDAR_BUSY, day.get("09:45"));
        assertEquals(ClosedReason.FREE, day.get("09:15"));
    }

    private static List<DayOverride> overrides(String text) {
        if (text == null) {
            return List.of();
        }
        if (text.equals("OFF")) {
            return List.of(new DayOverride(DAY, OverrideKind.UNAVAILABLE, null, null));
        }
        String[] parts = text.split(" ");
        String[] times = parts[1].split("-");
        return List.of(new DayOverride(DAY, parts[0].equals("ON") ? OverrideKind.AVAILABLE : OverrideKind.UNAVAILABLE,
                LocalTime.parse(times[0]), LocalTime.parse(times[1])));
    }
}
