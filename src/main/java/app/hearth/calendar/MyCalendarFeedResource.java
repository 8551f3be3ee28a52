package app.hearth.calendar;

import app.hearth.common.RecentAuthenticationRequired;
import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lets a therapist (re)issue the secret address of their calendar feed. */
@RecentAuthenticationRequired
@Path("/api/me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.THERAPIST)
public class MyCalendarFeedResource {

    /** The feed's new address; the only time the token is shown. */
    public record FeedUrl(String url) {
    }

    @Inject
    CurrentUser currentUser;
    @Inject
    CalendarFeeds feeds;

    @POST
    @Operation(summary = "A new secret calendar-feed URL; the previous one stops working")
    public FeedUrl rotate() {
        return new FeedUrl(feeds.rotate(currentUser.therapist().id));
    }
}
