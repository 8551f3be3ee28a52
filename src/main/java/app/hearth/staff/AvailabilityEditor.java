package app.hearth.staff;

import app.hearth.availability.BookingConflict;
import app.hearth.availability.OverrideKind;
import app.hearth.availability.ScheduleService;
import app.hearth.availability.TimeOffView;
import app.hearth.therapist.BookingPolicy;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds what the availability editor shows: hours, policy, the override calendar and list, and conflicts. */
@ApplicationScoped
class AvailabilityEditor {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.CANADA);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.CANADA);
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/"))
            .filter(z -> !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @Inject
    ScheduleService schedules;
    @Inject
    Clock clock;

    record Policy(String before, String after, String notice, String horizon, String maxPerDay) {
        static Policy of(BookingPolicy p) {
            return new Policy(p.bufferBeforeMinutes().toString(), p.bufferAfterMinutes().toString(),
                    p.minimumNoticeHours().toString(), p.horizonDays().toString(), p.maxPerDay().toString());
        }
    }

    record Cell(String date, int day, boolean inMonth, boolean past, String mark, boolean selected) {
    }

    record Month(String label, String value, String previous, String next, List<List<Cell>> weeks) {
    }

    record Override(String date, String kind, String start, String end) {
        public boolean available() {
            return "AVAILABLE".equals(kind);
        }
    }

    record OverrideLine(Long id, String date, String what) {
    }

    record Conflict(String reference, String when) {
    }

    /** Everything the editor page shows; the forms hold what was typed when they come back with errors. */
    record Editor(String timezone, List<String> zones, List<HoursForm.Day> days, Policy policy, Month month,
                  Override override, List<OverrideLine> upcoming, List<Conflict> conflicts, boolean saved) {

        Editor withHours(String zone, List<HoursForm.Day> typed) {
            return new Editor(zone, zones, typed, policy, month, override, upcoming, conflicts, saved);
        }

        Editor withPolicy(Policy typed) {
            return new Editor(timezone, zones, days, typed, month, override, upcoming, conflicts, saved);
        }

        Editor withOverride(Override typed) {
            return new Editor(timezone, zones, days, policy, month, typed, upcoming, conflicts, saved);
        }

        Editor savedWith(List<Conflict> found) {
            return new Editor(timezone, zones, days, policy, month, override, upcoming, found, true);
        }
    }

    /** The editor as stored, with the calendar at {@code month} (default: this month) and {@code date} picked. */
    Editor stored(Therapist therapist, String month, String date) {
        var schedule = QuarkusTransaction.requiringNew().call(() -> schedules.schedule(therapist));
        return new Editor(schedule.timezone(), ZONES, HoursForm.of(schedule.rules()), Policy.of(therapist.policy()),
                month(therapist, month, date), new Override(date == null ? "" : date, "UNAVAILABLE", "", ""),
                upcoming(therapist), List.of(), false);
    }

    Month month(Therapist therapist, String asked, String picked) {
        LocalDate today = LocalDate.now(clock.withZone(therapist.zone()));
        YearMonth month = YearMonth.from(today);
        if (asked != null) {
            try {
                YearMonth parsed = YearMonth.parse(asked);
                month = Math.abs(parsed.getYear() - today.getYear()) <= 3 ? parsed : month;
            } catch (DateTimeException unreadable) {
                month = YearMonth.from(today);
            }
        }
        LocalDate first = month.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate end = month.atEndOfMonth().plusDays(7 - month.atEndOfMonth().getDayOfWeek().getValue());
        Map<LocalDate, List<TimeOffView>> byDate = QuarkusTransaction.requiringNew().call(() ->
                schedules.timeOff(therapist, start, end)).stream().collect(Collectors.groupingBy(TimeOffView::date));
        List<List<Cell>> weeks = new ArrayList<>();
        for (LocalDate week = start; !week.isAfter(end); week = week.plusWeeks(1)) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate day = week.plusDays(i);
                List<TimeOffView> offs = byDate.getOrDefault(day, List.of());
                String mark = offs.isEmpty() ? null : offs.stream().anyMatch(o -> o.kind() == OverrideKind.AVAILABLE)
                        ? "other hours" : "time off";
                cells.add(new Cell(day.toString(), day.getDayOfMonth(), YearMonth.from(day).equals(month),
                        day.isBefore(today), mark, day.toString().equals(picked)));
            }
            weeks.add(cells);
        }
        return new Month(MONTH.format(first), month.toString(), month.minusMonths(1).toString(),
                month.plusMonths(1).toString(), weeks);
    }

    List<OverrideLine> upcoming(Therapist therapist) {
        LocalDate today = LocalDate.now(clock.withZone(therapist.zone()));
        return QuarkusTransaction.requiringNew().call(() -> schedules.timeOff(therapist, today, today.plusYears(2)))
                .stream().map(o -> new OverrideLine(o.id(), DATE.format(o.date()), describe(o))).toList();
    }

    List<Conflict> conflicts(Therapist therapist, List<BookingConflict> found) {
        DateTimeFormatter when = BookingDetailPages.WHEN;
        return found.stream().map(c -> new Conflict(c.reference(), when.format(c.start().atZone(therapist.zone()))))
                .toList();
    }

    private static String describe(TimeOffView o) {
        if (o.kind() == OverrideKind.AVAILABLE) {
            return "Open " + o.start() + " to " + o.end() + " instead of the usual hours";
        }
        return o.start() == null ? "Time off all day" : "Time off " + o.start() + " to " + o.end();
    }
}
