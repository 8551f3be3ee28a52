package app.hearth.site;

import java.util.List;

/**
 * A server-rendered day and time chooser, shared by booking, rescheduling and (later) the embedded widget:
 * the zone form, the days with free times, and the chosen day's times as buttons in a form whose action,
 * method and hidden fields the caller decides.
 */
public record SlotPicker(String pagePath, List<Hidden> keep, ZoneChoice zone, List<DayOption> days, DayOption day,
                         List<SlotOption> slots, String slotAction, String slotMethod, List<Hidden> hidden,
                         String earlierHref, String laterHref, String rangeLabel) {

    /** A hidden form field. */
    public record Hidden(String name, String value) {
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

    public boolean isPost() {
        return "post".equals(slotMethod);
    }
}
