package app.hearth.calendarsync;

import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One iCalendar date or date-time, read from the property's text rather than through iCal4j's zone registry, so a
 * TZID without a VTIMEZONE, a Windows zone name or a floating time still lands where the therapist expects it.
 *
 * @param local  the wall-clock time in {@code zone} (midnight for a date)
 * @param zone   UTC for "Z" values, the TZID's zone, or the therapist's zone for floating times and dates
 * @param allDay a VALUE=DATE value: a whole day in the therapist's zone
 */
record IcsTime(LocalDateTime local, ZoneId zone, boolean allDay) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final Pattern DURATION = Pattern.compile("([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    Instant instant() {
        return local.atZone(zone).toInstant();
    }

    /** The same wall-clock shift applied to another start of the series (a recurrence instance). */
    IcsTime at(LocalDateTime otherLocal) {
        return new IcsTime(otherLocal, zone, allDay);
    }

    /** Every value of a property (RDATE and EXDATE may list several, comma-separated); a PERIOD keeps its start. */
    static List<IcsTime> all(Property property, ZoneId therapistZone) {
        List<IcsTime> times = new ArrayList<>();
        for (String value : property.getValue().split(",")) {
            String start = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
            times.add(parse(start.strip(), tzid(property), therapistZone));
        }
        return times;
    }

    static IcsTime of(Property property, ZoneId therapistZone) {
        return parse(property.getValue().strip(), tzid(property), therapistZone);
    }

    static IcsTime parse(String value, String tzid, ZoneId therapistZone) {
        try {
            if (value.length() == 8) {
                return new IcsTime(LocalDate.parse(value, DATE).atStartOfDay(), therapistZone, true);
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return new IcsTime(LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME), ZoneOffset.UTC,
                        false);
            }
            ZoneId zone = tzid == null ? therapistZone : WindowsZones.resolve(tzid).orElse(therapistZone);
            return new IcsTime(LocalDateTime.parse(value, DATE_TIME), zone, false);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an iCalendar date or date-time", e);
        }
    }

    /** A DURATION value as whole (nominal) days plus an exact remainder, as RFC 5545 reads them. */
    static Length duration(String value) {
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches() || "-".equals(m.group(1))) {
            throw new IllegalArgumentException("not a positive iCalendar duration");
        }
        int days = 7 * number(m.group(2)) + number(m.group(3));
        Duration exact = Duration.ofHours(number(m.group(4))).plusMinutes(number(m.group(5))).plusSeconds(number(m.group(6)));
        return new Length(days, exact);
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    private static String tzid(Property property) {
        return property.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
    }

    /** How long an instance lasts: nominal days (a day is a calendar day, 23 or 25 hours across DST) then an exact time. */
    record Length(int days, Duration exact) {

        Instant endOf(IcsTime start) {
            return start.local().plusDays(days).atZone(start.zone()).toInstant().plus(exact);
        }
    }
}
