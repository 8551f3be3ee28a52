package app.hearth.booking;

import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
import app.hearth.common.DateWindow;
import app.hearth.common.InvalidInputException;
import app.hearth.common.Problem.FieldError;
import app.hearth.therapist.Therapist;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The signed-in therapist's bookings: list them and cancel one. */
@Path("/api/me/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.THERAPIST)
public class MyBookingsResource {

    static final int MAX_DAYS = 366;

    @Inject
    CurrentUser me;
    @Inject
    TherapistBookingService bookings;
    @Inject
    Clock clock;

    @GET
    @Operation(summary = "My bookings (confirmed and cancelled) starting between two dates, in my zone")
    public List<MyBookingView> list(
            @Parameter(description = "first date, YYYY-MM-DD; default today") @QueryParam("from") String from,
            @Parameter(description = "last date, YYYY-MM-DD, inclusive; default 60 days on") @QueryParam("to") String to) {
        Therapist therapist = me.therapist();
        LocalDate today = LocalDate.now(clock.withZone(therapist.zone()));
        List<FieldError> errors = new ArrayList<>();
        DateWindow window = DateWindow.parse(from, to, today, 60, MAX_DAYS, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return bookings.between(therapist.id, window.startIn(therapist.zone()), window.endIn(therapist.zone()));
    }

    @POST
    @Path("{reference}/cancel")
    @Operation(summary = "Cancel one of my bookings; the client receives a cancellation")
    public MyBookingView cancel(@PathParam("reference") String reference, @Valid CancelRequest request) {
        return bookings.cancel(me.therapist().id, reference, request == null ? null : request.reason());
    }

}
