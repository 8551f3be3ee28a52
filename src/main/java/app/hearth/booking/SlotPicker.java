package app.hearth.booking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A server-rendered day and time chooser, shared by the booking flow (on the site and in the widget's frame)
 * and rescheduling: the zone form, the days with free times, and the chosen day's times as buttons in a form
 * whose action, method and hidden fields the caller decides.
 */
public record SlotPicker(String pagePath, List<Hidden> keep, ZoneChoice zone, List<DayOption> days, DayOption day,
                         List<SlotOption> slots, String slotAction, String slotMethod, List<Hidden> hidden,
                         String earlierHref, String laterHref, String rangeLabel) {

    /** A hidden form field, or a query field of a link. */
    public record Hidden(String name, String value) {

        /** The fields as a URL query ("?a=1&b=2"), or "" when there are none. */
        static String query(List<Hidden> fields) {
            return fields.isEmpty() ? "" : fields.stream().map(f -> encode(f.name()) + "=" + encode(f.value()))
                    .collect(Collectors.joining("&", "?", ""));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    /** The zone times are shown in, and the zones offered in the chooser. */
    public record ZoneChoice(String id, String name, List<ZoneOption> options) {
    }

    public record ZoneOption(String id, String label, boolean selected) {
    }

    /** A day that has free times; href selects it without JavaScript. */
    public record DayOption(String date, String shortLabel, String fullLabel, int count, boolean selected, String href) {
    }

    /** One free time; accessibleName says day, time and zone in full, as a screen reader should announce it. */
    public record SlotOption(String start, String time, String accessibleName, String who) {
    }
}
