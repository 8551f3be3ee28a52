package app.hearth.site;

import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;

/**
 * Who the call is with (one therapist, or "any" for the first available) and where the flow lives: base is
 * "/book" on the site and "/embed/book" in the widget's frame, so every link and form stays in its own flow.
 */
public record BookingChoice(String base, String slug, String name, TherapistView therapist) {

    public static BookingChoice of(String base, String slug) {
        if ("any".equals(slug)) {
            return new BookingChoice(base, "any", "the first available therapist", null);
        }
        TherapistView t = Therapist.findListed(slug).map(TherapistView::of)
                .orElseThrow(() -> new NotFoundException("No therapist with that name is listed."));
        return new BookingChoice(base, t.slug(), t.name(), t);
    }

    public boolean isAny() {
        return therapist == null;
    }

    /** The times page of this flow. */
    public String path() {
        return base + "/" + slug;
    }
}
