package app.hearth.booking;

import app.hearth.booking.SlotPicker.Hidden;
import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;

/**
 * Who the call is with (one therapist, or "any" for the first available) and in which frame the flow runs, so
 * every link and form stays in its own flow: /book on the site, /embed/book with the widget's options.
 */
record BookingChoice(Frame frame, String slug, String name, TherapistView therapist) {

    static BookingChoice of(Frame frame, String slug) {
        if ("any".equals(slug)) {
            return new BookingChoice(frame, "any", "the first available therapist", null);
        }
        TherapistView t = Therapist.findListed(slug).map(TherapistView::of)
                .orElseThrow(() -> new NotFoundException("No therapist with that name is listed."));
        return new BookingChoice(frame, t.slug(), t.name(), t);
    }

    public boolean isAny() {
        return therapist == null;
    }

    /** The times page of this flow, without query: what its page metadata names. */
    String path() {
        return frame.base() + "/" + slug;
    }

    /** The times page (or a step below it, "details") with the given and the frame's carried fields. */
    String link(String step, Hidden... fields) {
        return frame.link(step.isEmpty() ? slug : slug + "/" + step, fields);
    }
}
