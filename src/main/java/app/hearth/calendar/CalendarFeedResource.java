package app.hearth.calendar;

import app.hearth.common.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A therapist's bookings as a subscribable calendar; the secret token in the URL is the only credential. */
@Path("/calendar")
public class CalendarFeedResource {

    @Inject
    CalendarFeeds feeds;

    @GET
    @Path("{feedToken}.ics")
    @Produces(InviteResource.TEXT_CALENDAR)
    @Operation(summary = "A therapist's upcoming and recent discovery calls (METHOD:PUBLISH)")
    public Response feed(@PathParam("feedToken") String token) {
        return feeds.feed(token)
                .map(calendar -> Response.ok(IcsText.of(calendar), InviteResource.TEXT_CALENDAR)
                        .header("Cache-Control", "no-store")
                        .header("X-Robots-Tag", "noindex")
                        .build())
                .orElseThrow(() -> new NotFoundException("There is no calendar at this address."));
    }
}
