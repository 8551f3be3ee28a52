package app.hearth.widget;

import app.hearth.booking.BookingFlow;
import app.hearth.booking.BookingPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * /embed/book: the booking flow in the widget's frame on another website. The widget's options (host origin,
 * colour, language) arrive in the address of every page and form post, and become the flow's Frame.
 */
@Path(EmbedBookPages.BASE)
public class EmbedBookPages {

    static final String BASE = "/embed/book";

    @Inject
    BookingFlow flow;
    @Inject
    EmbedPolicy policy;

    @Path("")
    public BookingPages framed(@QueryParam("origin") String origin, @QueryParam("color") String color,
                               @QueryParam("locale") String locale) {
        return flow.in(EmbedOptions.of(origin, color, locale, policy).frame(BASE));
    }
}
