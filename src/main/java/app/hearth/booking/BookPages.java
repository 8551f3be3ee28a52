package app.hearth.booking;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** /book: the booking flow on the practice's own site, in the site layout. */
@Path("/book")
public class BookPages {

    @Inject
    BookingFlow flow;

    @Path("")
    public BookingPages onSite() {
        return flow.in(Frame.SITE);
    }
}
