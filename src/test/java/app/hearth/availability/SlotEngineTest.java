package app.hearth.availability;

import app.hearth.therapist.BookingPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotEngineTest {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final BookingPolicy OPEN = new BookingPolicy(0, 0, 0, 365, 96);

    static Schedule schedule(ZoneId zone, BookingPolicy policy, List<DayOverride> overrides, WeeklyHours... weekly) {
        return new Schedule(zone, List.of(weekly), overrides, policy, Schedule.DISCOVERY_CALL);
    }

    static WeeklyHours hours(DayOfWeek day, String start, String end) {
        return new WeeklyHours(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    static List<Slot> day(Schedule schedule, LocalDate date, List<BusyTime> busy, Instant now) {
        Instant from = date.atStartOfDay(schedule.zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
        return SlotEngine.freeSlots(schedule, busy, now, from, to);
    }

    static List<String> localTimes(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(s -> s.start().atZone(zone).toLocalTime().toString()).toList();
    }

    static final Instant LONG_AGO = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void springForwardSkipsTheMissingHourAndKeepsLaterSlotsAtTheirRealInstants() {
        Schedule s = schedule(TORONTO, OPEN, List.of(), hours(DayOfWeek.SUNDAY, "01:00", "04:00"),
                hours(DayOfWeek.SUNDAY, "09:00", "09:30"));
        List<Slot> slots = day(s, LocalDate.of(2027, 3, 14), List.of(), LONG_AGO);

        assertEquals(List.of("01:00", "01:15", "01:30", "01:45", "03:00", "03:15", "03:30", "03:45", "09:00", "09:15"),
                localTimes(slots, TORONTO));
        assertEquals(Instant.parse("2027-03-14T06:00:00Z"), slots.get(0).start(), "01:00 is still EST (UTC-5)");
        assertEquals(Instant.parse("2027-03-14T07:00:00Z"), slots.get(4).start(), "03:00 EDT follows 01:45 EST directly");
        assertEquals(Instant.parse("2027-03-14T13:00:00Z"), slots.get(8).start(), "09:00 is EDT (UTC-4)");
    }

    @Test
    void fallBackOffersTheRepeatedHourOnceForEachRealInstantWithNoDuplicates() {
        Schedule s = schedule(TORONTO, OPEN, List.of(), hours(DayOfWeek.SUNDAY, "00:00", "03:00"));
        List<Slot> slots = day(s, LocalDate.of(2027, 11, 7), List.of(), Instant.parse("2027-10-01T00:00:00Z"));

        // 00:00 EDT (04:00Z) to 03:00 EST (08:00Z) is four real hours
        assertEquals(16, slots.size());
        assertEquals(16, new HashSet<>(slots.stream().map(Slot::start).toList()).size());
        for (int i = 1; i < slots.size(); i++) {
            assertEquals(Duration.ofMinutes(15), Duration.between(slots.get(i - 1).start(), slots.get(i).start()));
        }
        assertEquals(Instant.parse("2027-11-07T04:00:00Z"), slots.get(0).start());
        assertEquals(Instant.parse("2027-11-07T07:45:00Z"), slots.get(15).start());
    }

    @Test
    void aClientInAnotherZoneCanSeeASlotOnADifferentDate() {
        ZoneId vancouver = ZoneId.of("America/Vancouver");
        Schedule s = schedule(vancouver, OPEN, List.of(), hours(DayOfWeek.MONDAY, "17:00", "17:30"));
        List<Slot> slots = day(s, LocalDate.of(2026, 12, 7), List.of(), LONG_AGO);

        assertEquals(2, slots.size());
        assertEquals(LocalDate.of(2026, 12, 7), slots.get(0).start().atZone(vancouver).toLocalDate());
        assertEquals(LocalDate.of(2026, 12, 8), slots.get(0).start().atZone(ZoneId.of("Europe/London")).toLocalDate());
        assertEquals("01:00", slots.get(0).start().atZone(ZoneId.of("Europe/London")).toLocalTime().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no override uses the weekly hours          | -                               | 09:00 09:15 09:30 09:45
            whole day off removes every slot           | UNAVAILABLE                     | 
            a span off cuts into the hours             | UNAVAILABLE 09:15 09:45         | 09:00 09:45
            replacement hours replace the weekly ones  | AVAILABLE 14:00 14:30           | 14:00 14:15
            replacement then a span off                | AVAILABLE 14:00 15:00;UNAVAILABLE 14:15 14:45 | 14:00 14:45
            """)
    void overridesReplaceOrCutADaysHours(String rule, String overrides, String expected) {
        LocalDate date = LocalDate.of(2026, 12, 7);
        List<DayOverride> list = new ArrayList<>();
        if (!overrides.equals("-")) {
            for (String o : overrides.split(";")) {
                String[] p = o.trim().split(" ");
                list.add(new DayOverride(date, OverrideKind.valueOf(p[0]),
                        p.length > 1 ? LocalTime.parse(p[1]) : null, p.length > 1 ? LocalTime.parse(p[2]) : null));
            }
        }
        Schedule s = schedule(TORONTO, OPEN, list, hours(DayOfWeek.MONDAY, "09:00", "10:00"));
        String got = String.join(" ", localTimes(day(s, date, List.of(), LONG_AGO), TORONTO));
        assertEquals(expected == null ? "" : expected, got, rule);
    }

    @ParameterizedTest(name = "before {0} min, after {1} min")
    @CsvSource(delimiter = '|', textBlock = """
            0  | 0  | 09:00 09:15 09:45 10:00 10:15 10:30 10:45
            10 | 0  | 09:00 10:00 10:15 10:30 10:45
            0  | 10 | 09:00 10:00 10:15 10:30 10:45
            15 | 15 | 09:00 10:00 10:15 10:30 10:45
            20 | 0  | 10:15 10:30 10:45
            """)
    void buffersKeepQuietTimeAroundExistingBookings(int before, int after, String expected) {
        LocalDate date = LocalDate.of(2026, 12, 7);
        Schedule s = schedule(TORONTO, new BookingPolicy(before, after, 0, 365, 96), List.of(),
                hours(DayOfWeek.MONDAY, "09:00", "11:00"));
        Instant booked = date.atTime(9, 30).atZone(TORONTO).toInstant();
        List<BusyTime> busy = List.of(BusyTime.active(booked, booked.plus(Schedule.DISCOVERY_CALL)));
        assertEquals(expected, String.join(" ", localTimes(day(s, date, busy, LONG_AGO), TORONTO)));
    }

    @Test
    void cancelledBookingsFreeTheirTime() {
        LocalDate date = LocalDate.of(2026, 12, 7);
        Schedule s = schedule(TORONTO, OPEN, List.of(), hours(DayOfWeek.MONDAY, "09:00", "09:30"));
        Instant booked = date.atTime(9, 0).atZone(TORONTO).toInstant();
        Instant end = booked.plus(Schedule.DISCOVERY_CALL);

        assertEquals(List.of("09:15"), localTimes(day(s, date, List.of(BusyTime.active(booked, end)), LONG_AGO), TORONTO));
        assertEquals(List.of("09:00", "09:15"),
                localTimes(day(s, date, List.of(new BusyTime(booked, end, false)), LONG_AGO), TORONTO));
    }

    @Test
    void busyTimeElsewhereBlocksExactlyItsSpanAndDoesNotFillTheDay() {
        LocalDate date = LocalDate.of(2026, 12, 7);
        Schedule s = schedule(TORONTO, new BookingPolicy(15, 15, 0, 365, 1), List.of(),
                hours(DayOfWeek.MONDAY, "09:00", "10:30"));
        Instant nineThirty = date.atTime(9, 30).atZone(TORONTO).toInstant();
        List<BusyTime> dentist = List.of(BusyTime.elsewhere(nineThirty, nineThirty.plusSeconds(1800)));
        assertEquals(List.of("09:00", "09:15", "10:00", "10:15"), localTimes(day(s, date, dentist, LONG_AGO), TORONTO),
                "no buffer around someone else's event, and a day limited to one call stays open");
        List<BusyTime> call = List.of(BusyTime.active(nineThirty, nineThirty.plusSeconds(1800)));
        assertEquals(List.of(), localTimes(day(s, date, call, LONG_AGO), TORONTO), "a booked call fills that day");
    }

    @Test
    void minimumNoticeHidesSlotsTooCloseToNow() {
        LocalDate date = LocalDate.of(2026, 12, 7);
        Schedule s = schedule(TORONTO, new BookingPolicy(0, 0, 2, 365, 96), List.of(),
                hours(DayOfWeek.MONDAY, "09:00", "12:00"));
        Instant now = date.atTime(8, 40).atZone(TORONTO).toInstant();
        List<String> times = localTimes(day(s, date, List.of(), now), TORONTO);
        assertEquals("10:45", times.get(0), "two hours after 08:40 is 10:40; the next slot is 10:45");
        assertEquals(5, times.size());
    }

    @Test
    void horizonHidesSlotsTooFarAhead() {
        Schedule s = schedule(TORONTO, new BookingPolicy(0, 0, 0, 7, 96), List.of(),
                hours(DayOfWeek.MONDAY, "09:00", "09:15"));
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        List<Slot> slots = SlotEngine.freeSlots(s, List.of(), now, now, now.plus(Duration.ofDays(30)));
        assertEquals(1, slots.size(), "only Monday 7 December lies within 7 days of Tuesday 1 December");
        assertEquals(LocalDate.of(2026, 12, 7), slots.get(0).start().atZone(TORONTO).toLocalDate());
    }

    @Test
    void maxPerDayClosesADayThatIsFull() {
        LocalDate date = LocalDate.of(2026, 12, 7);
        Schedule s = schedule(TORONTO, new BookingPolicy(0, 0, 0, 365, 2), List.of(),
                hours(DayOfWeek.MONDAY, "09:00", "12:00"), hours(DayOfWeek.TUESDAY, "09:00", "09:15"));
        Instant nine = date.atTime(9, 0).atZone(TORONTO).toInstant();
        Instant ten = date.atTime(10, 0).atZone(TORONTO).toInstant();
        List<BusyTime> one = List.of(BusyTime.active(nine, nine.plusSeconds(900)));
        List<BusyTime> two = List.of(one.get(0), BusyTime.active(ten, ten.plusSeconds(900)));

        assertEquals(11, day(s, date, one, LONG_AGO).size(), "one booking leaves the day open");
        assertTrue(day(s, date, two, LONG_AGO).isEmpty(), "two bookings fill a day limited to two");
        assertEquals(1, day(s, date.plusDays(1), two, LONG_AGO).size(), "the next day is not affected");
    }

    @Test
    void verdictNamesWhyAStartCannotBeBooked() {
        LocalDate date = LocalDate.of(2026, 12, 7);
        Schedule s = schedule(TORONTO, new BookingPolicy(0, 0, 24, 30, 1), List.of(),
                hours(DayOfWeek.MONDAY, "09:00", "10:00"));
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        Instant nine = date.atTime(9, 0).atZone(TORONTO).toInstant();
        List<BusyTime> busy = List.of(BusyTime.active(nine, nine.plusSeconds(900)));

        assertEquals(SlotEngine.Verdict.FREE, SlotEngine.verdict(s, List.of(), now, nine));
        assertEquals(SlotEngine.Verdict.TAKEN, SlotEngine.verdict(s, busy, now, nine));
        assertEquals(SlotEngine.Verdict.DAY_FULL, SlotEngine.verdict(s, busy, now, nine.plusSeconds(1800)));
        assertEquals(SlotEngine.Verdict.OUTSIDE_HOURS, SlotEngine.verdict(s, List.of(), now, nine.plusSeconds(420)));
        assertEquals(SlotEngine.Verdict.OUTSIDE_HOURS, SlotEngine.verdict(s, List.of(), now, nine.minusSeconds(900)));
        assertEquals(SlotEngine.Verdict.PAST, SlotEngine.verdict(s, List.of(), now, now.minusSeconds(60)));
        assertEquals(SlotEngine.Verdict.TOO_SOON, SlotEngine.verdict(s, List.of(), now, now.plusSeconds(3600)));
        assertEquals(SlotEngine.Verdict.TOO_FAR, SlotEngine.verdict(s, List.of(), now, nine.plus(Duration.ofDays(35))));
    }

    @Test
    void anyMergesTherapistsAndListsWhoIsFreeAtEachStart() {
        Instant nine = Instant.parse("2026-12-07T14:00:00Z");
        Slot a = new Slot(nine, nine.plusSeconds(900));
        Slot b = new Slot(nine.plusSeconds(900), nine.plusSeconds(1800));
        Map<String, List<Slot>> byTherapist = new LinkedHashMap<>();
        byTherapist.put("amara", List.of(a, b));
        byTherapist.put("daniel", List.of(b));

        List<SlotEngine.SharedSlot<String>> merged = SlotEngine.merge(byTherapist);
        assertEquals(2, merged.size());
        assertEquals(List.of("amara"), merged.get(0).free());
        assertEquals(List.of("amara", "daniel"), merged.get(1).free());
        assertFalse(merged.get(0).slot().start().isAfter(merged.get(1).slot().start()));
    }
}
