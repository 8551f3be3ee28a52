package app.hearth.booking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * "Add to Google Calendar" and "Add to Outlook" links for one call, pure. Times go in UTC, which both services read
 * unambiguously whatever the zone and its daylight-saving changes; Google also gets the client's zone (ctz) to show
 * the event in. Title, place and details are what the client already sees on the page: no name, email or phone.
 * Text is percent-encoded as UTF-8 with spaces as %20, which both services decode (a '+' would stay a plus in
 * Outlook's compose path).
 */
public final class CalendarLinks {

    private static final DateTimeFormatter GOOGLE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The call as the links describe it. */
    public record Call(String title, Instant start, Instant end, ZoneId zone, String location, String details) {
    }

    private CalendarLinks() {
    }

    public static String google(Call call) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=" + encode(call.title())
                + "&dates=" + GOOGLE.format(call.start()) + "/" + GOOGLE.format(call.end())
                + "&ctz=" + encode(call.zone().getId())
                + "&details=" + encode(call.details())
                + "&location=" + encode(call.location());
    }

    public static String outlook(Call call) {
        return "https://outlook.live.com/calendar/0/action/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent"
                + "&subject=" + encode(call.title())
                + "&startdt=" + utc(call.start())
                + "&enddt=" + utc(call.end())
                + "&body=" + encode(call.details())
                + "&location=" + encode(call.location());
    }

    private static String utc(Instant instant) {
        return encode(instant.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
