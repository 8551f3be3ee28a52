package app.hearth.bench;

import app.hearth.therapist.BookingPolicy;
import app.hearth.availability.BusyTime;
import app.hearth.availability.DayOverride;
import app.hearth.availability.OverrideKind;
import app.hearth.availability.Schedule;
import app.hearth.availability.Slot;
import app.hearth.availability.SlotEngine;
import app.hearth.availability.WeeklyHours;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The slot engine on the workload: one therapist in Toronto, Mon-Fri 09:00-17:00, 15-minute calls,
 * a 60-day window, 200 existing bookings, 3 date overrides, 10-minute buffers; and the same with 500 busy intervals
 * read from the therapist's own calendars (issue 17: within 2x of the case without them, in the same run). Run with
 * {@code ./mvnw -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlotEngineBenchmark {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    Schedule schedule;
    List<BusyTime> bookings;
    /** The bookings plus 500 busy intervals from the therapist's calendars. */
    List<BusyTime> bookingsAndCalendar;
    Instant now;
    Instant from;
    Instant to;

    @Setup
    public void setUp() {
        List<WeeklyHours> weekly = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekly.add(new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        LocalDate first = LocalDate.of(2027, 2, 1);
        List<DayOverride> overrides = List.of(
                new DayOverride(first.plusDays(9), OverrideKind.UNAVAILABLE, null, null),
                new DayOverride(first.plusDays(16), OverrideKind.UNAVAILABLE, LocalTime.of(12, 0), LocalTime.of(14, 0)),
                new DayOverride(first.plusDays(23), OverrideKind.AVAILABLE, LocalTime.of(10, 0), LocalTime.of(13, 0)));
        schedule = new Schedule(TORONTO, weekly, overrides, new BookingPolicy(10, 10, 24, 90, 96),
                Schedule.DISCOVERY_CALL);

        // 200 bookings spread over the weekdays of the window, five a day at 09:00, 10:30, 12:00, 13:30, 15:00
        bookings = new ArrayList<>();
        for (LocalDate day = first; bookings.size() < 200; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            for (int k = 0; k < 5 && bookings.size() < 200; k++) {
                Instant start = day.atTime(9, 0).plusMinutes(90L * k).atZone(TORONTO).toInstant();
                bookings.add(BusyTime.active(start, start.plus(Schedule.DISCOVERY_CALL)));
            }
        }
        // 500 calendar events over the 60 days, weekends included, 30 to 90 minutes long, spread from 07:00 to 19:00
        bookingsAndCalendar = new ArrayList<>(bookings);
        for (int i = 0; i < 500; i++) {
            LocalDate day = first.plusDays(i % 60);
            Instant start = day.atTime(7, 0).plusMinutes(35L * (i / 60) + 5L * (i % 7)).atZone(TORONTO).toInstant();
            bookingsAndCalendar.add(BusyTime.elsewhere(start, start.plus(Duration.ofMinutes(30 + 30 * (i % 3)))));
        }
        bookingsAndCalendar.sort(java.util.Comparator.comparing(BusyTime::start));
        now = first.minusDays(1).atStartOfDay(TORONTO).toInstant();
        from = first.atStartOfDay(TORONTO).toInstant();
        to = from.plus(Duration.ofDays(60));
    }

    @Benchmark
    public List<Slot> sixtyDays() {
        return SlotEngine.freeSlots(schedule, bookings, now, from, to);
    }

    /** The same window with 500 busy intervals from the therapist's own calendars next to the 200 bookings. */
    @Benchmark
    public List<Slot> sixtyDaysWithCalendarBusy() {
        return SlotEngine.freeSlots(schedule, bookingsAndCalendar, now, from, to);
    }

    /**
     * The ceiling measured in the same run: only walking the window's working hours in 15-minute instants
     * and building the slots, with no overrides, buffers, notice or bookings consulted.
     */
    @Benchmark
    public List<Slot> ceilingWalkOnly() {
        List<Slot> slots = new ArrayList<>();
        LocalDate last = to.atZone(TORONTO).toLocalDate();
        for (LocalDate day = from.atZone(TORONTO).toLocalDate(); day.isBefore(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            Instant end = day.atTime(17, 0).atZone(TORONTO).toInstant();
            for (Instant t = day.atTime(9, 0).atZone(TORONTO).toInstant(); t.isBefore(end); t = t.plus(Schedule.DISCOVERY_CALL)) {
                slots.add(new Slot(t, t.plus(Schedule.DISCOVERY_CALL)));
            }
        }
        return slots;
    }

    /** Prints the slot count of the workload, for the README. */
    public static void main(String[] args) {
        SlotEngineBenchmark bench = new SlotEngineBenchmark();
        bench.setUp();
        System.out.println("slots in the 60-day window: " + bench.sixtyDays().size());
        System.out.println("with 500 calendar busy intervals: " + bench.sixtyDaysWithCalendarBusy().size());
    }
}
