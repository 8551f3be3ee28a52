package app.hearth.staff;

import app.hearth.availability.WeeklyHours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The weekly-hours form: for each weekday an "open" box and time ranges named {@code MONDAY-start-0},
 * {@code MONDAY-end-0}, ... Reads what was typed, keeps it for a form sent back with errors, and names each mistake
 * by the field it belongs to. Pure, so its rules are tested without a server.
 */
final class HoursForm {

    /** Ranges a day shows at most; a day offers one blank range beyond those it has, to add one without scripts. */
    static final int MAX_RANGES = 6;

    record Range(String startId, String endId, String start, String end) {
    }

    record Day(String day, String label, boolean open, List<Range> ranges) {
        public String openId() {
            return day + "-open";
        }
    }

    /** The days as typed (or stored), the rules read from them, and the mistakes found. */
    record Read(List<Day> days, List<WeeklyHours> rules, List<StaffPage.FieldError> errors) {
    }

    private HoursForm() {
    }

    /** The form showing stored hours. */
    static List<Day> of(List<WeeklyHours> rules) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String[]> typed = rules.stream().filter(r -> r.day() == day)
                    .map(r -> new String[] {r.start().toString(), r.end().toString()}).toList();
            days.add(day(day, !typed.isEmpty(), typed));
        }
        return days;
    }

    /** Reads a sent form; {@code field} answers a form field's value or null. */
    static Read read(Function<String, String> field) {
        List<Day> days = new ArrayList<>();
        List<WeeklyHours> rules = new ArrayList<>();
        List<StaffPage.FieldError> errors = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean open = field.apply(day + "-open") != null;
            List<String[]> typed = new ArrayList<>();
            List<WeeklyHours> ofDay = new ArrayList<>();
            for (int i = 0; i < MAX_RANGES; i++) {
                String start = trimmed(field.apply(day + "-start-" + i));
                String end = trimmed(field.apply(day + "-end-" + i));
                if (start.isEmpty() && end.isEmpty()) {
                    continue;
                }
                int index = typed.size();
                typed.add(new String[] {start, end});
                if (!open) {
                    continue;
                }
                String startId = day + "-start-" + index;
                String endId = day + "-end-" + index;
                String label = label(day) + " range " + (index + 1);
                LocalTime from = time(start, startId, label + " start", errors);
                LocalTime to = time(end, endId, label + " end", errors);
                if (from == null || to == null) {
                    continue;
                }
                if (!from.isBefore(to)) {
                    errors.add(new StaffPage.FieldError(endId, label + " end", "must be later than the start"));
                    continue;
                }
                for (WeeklyHours earlier : ofDay) {
                    if (from.isBefore(earlier.end()) && earlier.start().isBefore(to)) {
                        errors.add(new StaffPage.FieldError(startId, label + " start", "overlaps "
                                + earlier.start() + " to " + earlier.end() + " on the same day"));
                        break;
                    }
                }
                ofDay.add(new WeeklyHours(day, from, to));
            }
            if (open && typed.isEmpty()) {
                errors.add(new StaffPage.FieldError(day + "-start-0", label(day) + " range 1 start",
                        "is needed for an open day (or untick " + label(day) + ")"));
            }
            rules.addAll(ofDay);
            days.add(day(day, open, typed));
        }
        return new Read(days, rules, errors);
    }

    private static Day day(DayOfWeek day, boolean open, List<String[]> typed) {
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_RANGES, typed.size() + 1); i++) {
            String[] values = i < typed.size() ? typed.get(i) : new String[] {"", ""};
            ranges.add(new Range(day + "-start-" + i, day + "-end-" + i, values[0], values[1]));
        }
        return new Day(day.name(), label(day), open, ranges);
    }

    private static LocalTime time(String text, String id, String label, List<StaffPage.FieldError> errors) {
        if (text.isEmpty()) {
            errors.add(new StaffPage.FieldError(id, label, "is missing"));
            return null;
        }
        try {
            LocalTime time = LocalTime.parse(text.length() == 4 ? "0" + text : text);
            if (time.getSecond() != 0 || time.getNano() != 0 || time.getMinute() % 15 != 0) {
                errors.add(new StaffPage.FieldError(id, label, "must be on a quarter hour (:00, :15, :30 or :45)"));
                return null;
            }
            return time;
        } catch (DateTimeParseException unreadable) {
            errors.add(new StaffPage.FieldError(id, label, "must be a time between 00:00 and 23:45, such as 09:30"));
            return null;
        }
    }

    static String label(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.CANADA);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
