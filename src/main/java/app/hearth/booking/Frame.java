package app.hearth.booking;

import app.hearth.booking.SlotPicker.Hidden;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where the one booking flow is shown. On the practice's own site ({@link #SITE}: /book in the site layout,
 * findable, with links onward into the site), or framed in another website by the widget (/embed/book in the
 * frame layout, never indexed): there the widget's options ride along in every link and form as query fields,
 * the layout gets its language and body data, and the confirmation announces the booking to the host page.
 *
 * @param base     the flow's first page, e.g. "/book"
 * @param layout   the Qute template the pages include as their layout
 * @param onSite   true on the practice's own site
 * @param carried  query fields every link and form of the flow keeps
 * @param lang     the layout's language
 * @param bodyData data attributes (without "data-") the layout puts on its body, read by its script
 */
public record Frame(String base, String layout, boolean onSite, List<Hidden> carried, String lang,
                    Map<String, String> bodyData) {

    public static final Frame SITE = new Frame("/book", "layout", true, List.of(), "en", Map.of());

    /** The flow inside another website's frame, in the frame layout. */
    public static Frame framed(String base, List<Hidden> carried, String lang, Map<String, String> bodyData) {
        return new Frame(base, "frame", false, List.copyOf(carried), lang, Map.copyOf(bodyData));
    }

    /** Framed pages tell the host page about a booking (embed.js posts the confirmation's data attributes). */
    public boolean announcesBooking() {
        return !onSite;
    }

    /** The flow's first page, choosing a therapist. */
    public String home() {
        return link("");
    }

    /** A page of this flow ("any", "any/details", or "" for the first) with the given and the carried fields. */
    public String link(String page, Hidden... fields) {
        List<Hidden> all = new ArrayList<>(Arrays.asList(fields));
        all.addAll(carried);
        return base + (page.isEmpty() ? "" : "/" + page) + Hidden.query(all);
    }
}
