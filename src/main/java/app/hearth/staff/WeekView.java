package app.hearth.staff;

import app.hearth.availability.AvailabilityService.DayHours;
import app.hearth.availability.DayOverride;
import app.hearth.availability.OverrideKind;
import app.hearth.booking.AgendaEntry;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays a week out as columns of quarter-hour rows. The page's style sheet allows no inline styles, so a block's place
 * is two class names, "q{first row}" and "l{rows}", which staff.css defines for all 96 quarter-hours of a day.
 */
final class WeekView {

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.CANADA);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final int QUARTERS = 96;

    /** A shaded span: open hours or time off. */
    record Block(int row, int length, String label) {
        public String place() {
            return "q" + row + " l" + length;
        }
    }

    /** One call in its column. */
    record CallBox(String reference, String time, String clientName, boolean intakeDone, boolean viaAny, int row) {
        public String place() {
            return "q" + row + " l1";
        }
    }

    record Day(String id, String heading, boolean today, String note, List<Block> open, List<Block> off,
               List<CallBox> calls) {
    }

    record Hour(String label, int row) {
        public String place() {
            return "q" + row + " l4";
        }
    }

    record Week(String label, String previous, String next, String current, boolean isCurrent, int rows,
                List<Hour> hours, List<Day> days) {
        public String rowsClass() {
            return "rows-" + rows;
        }
    }

    private WeekView() {
    }

    static Week build(LocalDate monday, LocalDate today, ZoneId zone, List<DayHours> hours, List<AgendaEntry> calls,
                      Map<String, String> intakes) {
        int first = 8 * 4;
        int last = 18 * 4;
        for (DayHours day : hours) {
            for (LocalTime[] span : day.open()) {
                first = Math.min(first, floorHour(quarter(span[0])));
                last = Math.max(last, ceilHour(endQuarter(span[1])));
            }
        }
        for (AgendaEntry call : calls) {
            ZonedDateTime start = call.start().atZone(zone);
            first = Math.min(first, floorHour(quarter(start.toLocalTime())));
            last = Math.max(last, ceilHour(Math.min(QUARTERS, quarter(start.toLocalTime()) + 1)));
        }
        int from = first;
        int rows = last - first;
        List<Hour> hourLabels = new ArrayList<>();
        for (int q = from; q < last; q += 4) {
            hourLabels.add(new Hour(String.format("%02d:00", q / 4), q - from + 1));
        }
        List<Day> days = new ArrayList<>();
        for (DayHours day : hours) {
            List<Block> open = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (LocalTime[] span : day.open()) {
                int start = quarter(span[0]);
                int end = endQuarter(span[1]);
                open.add(new Block(start - from + 1, Math.max(1, end - start), "Open"));
                notes.add(HH_MM.format(span[0]) + " to " + (end == QUARTERS ? "24:00" : HH_MM.format(span[1])));
            }
            List<Block> off = new ArrayList<>();
            boolean dayOff = false;
            for (DayOverride o : day.overrides()) {
                if (o.kind() != OverrideKind.UNAVAILABLE) {
                    continue;
                }
                if (o.start() == null) {
                    dayOff = true;
                    off.add(new Block(1, rows, "Time off"));
                } else {
                    int start = Math.max(from, quarter(o.start()));
                    int end = Math.min(last, endQuarter(o.end()));
                    if (end > start) {
                        off.add(new Block(start - from + 1, end - start, "Time off"));
                    }
                }
            }
            String note = dayOff ? "Time off all day" : open.isEmpty() ? "Closed" : "Open " + String.join(", ", notes)
                    + (off.isEmpty() ? "" : "; some time off");
            List<CallBox> boxes = new ArrayList<>();
            for (AgendaEntry call : calls) {
                ZonedDateTime start = call.start().atZone(zone);
                if (start.toLocalDate().equals(day.date())) {
                    boxes.add(new CallBox(call.reference(), HH_MM.format(start), call.clientName(),
                            intakes.containsKey(call.reference()), call.bookedViaAny(),
                            quarter(start.toLocalTime()) - from + 1));
                }
            }
            days.add(new Day("day-" + day.date(), HEADING.format(day.date()), day.date().equals(today), note, open, off,
                    boxes));
        }
        LocalDate thisMonday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        String label = SHORT.format(monday) + " to " + SHORT.format(monday.plusDays(6)) + " " + monday.plusDays(6).getYear();
        return new Week(label, monday.minusWeeks(1).toString(), monday.plusWeeks(1).toString(), thisMonday.toString(),
                monday.equals(thisMonday), rows, hourLabels, days);
    }

    private static int quarter(LocalTime time) {
        return time.getHour() * 4 + time.getMinute() / 15;
    }

    /** The quarter an end time closes, 96 for the end of the day. */
    private static int endQuarter(LocalTime time) {
        if (time.equals(LocalTime.MAX) || time.getHour() == 23 && time.getMinute() == 59) {
            return QUARTERS;
        }
        return time.getHour() * 4 + (time.getMinute() + 14) / 15;
    }

    private static int floorHour(int quarter) {
        return quarter / 4 * 4;
    }

    private static int ceilHour(int quarter) {
        return Math.min(QUARTERS, (quarter + 3) / 4 * 4);
    }
}
