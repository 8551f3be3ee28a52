package app.hearth.calendar;

import app.hearth.booking.Booking;
import app.hearth.common.GoneException;
import app.hearth.common.HearthConfig;
import app.hearth.common.NotFoundException;
import app.hearth.common.Secrets;
import app.hearth.calendar.Recipient.Audience;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;

/** A booking as an .ics file its client can import; the same UID as the emailed invitation, so both stay one event. */
@Path("/api/bookings/manage/{token}/invite.ics")
public class InviteResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    BookingCalendars calendars;
    @Inject
    Clock clock;
    @Inject
    HearthConfig config;

    @GET
    @Produces(TEXT_CALENDAR)
    @Transactional
    @Operation(summary = "The booking as text/calendar (METHOD:PUBLISH) for the holder of its manage token")
    public Response invite(@PathParam("token") String token) {
        if (!Secrets.looksLikeToken(token)) {
            throw unknown();
        }
        Booking booking = Booking.findByTokenHash(Secrets.hash(token)).orElseThrow(InviteResource::unknown);
        if (booking.linkExpired(clock.instant(), config.manageLinkDaysAfter())) {
            throw new GoneException("manage-link-expired", "This booking link has expired.");
        }
        CallFacts call = calendars.facts(booking, calendars.manageUrl(token));
        var calendar = calendars.factory().download(call, Audience.CLIENT, booking.clientZone(), clock.instant());
        CalendarValidation.requireValid(calendar);
        return Response.ok(IcsText.of(calendar), TEXT_CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"invite.ics\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static NotFoundException unknown() {
        return new NotFoundException("This booking link is not valid. Check the link in your confirmation email.");
    }
}
