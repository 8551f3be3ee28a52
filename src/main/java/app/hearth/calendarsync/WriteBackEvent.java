package app.hearth.calendarsync;

import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The iCalendar object a booking is written as: no METHOD (it is stored, not sent), a VTIMEZONE of the therapist's
 * zone with DTSTART and DTEND in it (so calendar apps show the call at the therapist's local time across DST changes),
 * and an ORGANIZER naming the practice with SCHEDULE-AGENT=CLIENT, which tells the server not to send invitations of
 * its own. No attendee, no description: the minimum, the client's name only when the therapist asked for it.
 */
final class WriteBackEvent {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    /** Loading a registry reads iCal4j's zone files; one serves every event. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** What an event says; {@code clientName} null unless the therapist opted in. */
    record Content(String uid, String reference, String clientName, Instant start, Instant end, ZoneId zone,
                   String practiceName, String organizerEmail, Instant stamp) {
    }

    private WriteBackEvent() {
    }

    /** Stable for the booking's life, and of the form {@link CalendarReader} skips as Hearth's own. */
    static String uid(String publicUrl, String reference) {
        String host = URI.create(publicUrl).getHost();
        return "booking-" + reference.toLowerCase(Locale.ROOT) + "-caldav@" + (host == null ? "localhost" : host);
    }

    static String ics(Content c) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Hearth//Discovery calls 1.0//EN");
        TimeZone zone = zone(c.zone());
        if (zone != null) {
            // VTimeZone's own text is already in iCalendar lines
            out.append(zone.getVTimeZone().toString());
        }
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + c.uid());
        line(out, "DTSTAMP:" + UTC.format(c.stamp()));
        line(out, time("DTSTART", c.start(), zone, c.zone()));
        line(out, time("DTEND", c.end(), zone, c.zone()));
        String title = "Discovery call " + c.reference() + (c.clientName() == null ? "" : " with " + c.clientName());
        line(out, "SUMMARY:" + text(title));
        line(out, "ORGANIZER;CN=\"" + c.practiceName().replaceAll("[\"\\p{Cntrl}]", "") + "\";SCHEDULE-AGENT=CLIENT:mailto:"
                + c.organizerEmail());
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The registry's zone for the therapist, or null (then times go out in UTC, which every client reads right). */
    static TimeZone zone(ZoneId zone) {
        try {
            return ZONES.getTimeZone(zone.getId());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String time(String name, Instant at, TimeZone zone, ZoneId zoneId) {
        if (zone == null) {
            return name + ":" + UTC.format(at);
        }
        return name + ";TZID=" + zone.getID() + ":" + LOCAL.format(at.atZone(zoneId));
    }

    /** TEXT escaping of RFC 5545 3.3.11. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded at 75 octets without splitting a character (RFC 5545 3.1). */
    private static void line(StringBuilder out, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
