package app.hearth.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Writes a call's time in the reader's zone and always names the zone, e.g. "Tuesday 1 December 2026, 10:00–10:15 (America/Toronto, EST)". */
final class CallTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private CallTimes() {
    }

    public static String span(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        return DAY.format(from) + ", " + TIME.format(from) + "–" + TIME.format(to) + " " + zoneName(from);
    }

    /** A compact form for subjects: "Tue 1 Dec, 10:00 (America/Toronto)". */
    public static String brief(Instant start, ZoneId zone) {
        ZonedDateTime at = start.atZone(zone);
        return SHORT_DAY.format(at) + ", " + TIME.format(at) + " (" + zone.getId() + ")";
    }

    private static String zoneName(ZonedDateTime at) {
        String abbreviation = at.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String shortName = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(at);
        String id = at.getZone().getId();
        return id.equals(shortName) || shortName.equals(abbreviation) && abbreviation.equals(id)
                ? "(" + id + ")" : "(" + id + ", " + shortName + ")";
    }
}
