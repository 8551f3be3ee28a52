package app.hearth.availability;

import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
import app.hearth.common.DateWindow;
import app.hearth.common.InvalidInputException;
import app.hearth.common.Problem.FieldError;
import app.hearth.therapist.Therapist;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The signed-in therapist's date overrides: days or hours off, and one-off replacement hours. */
@Path("/api/me/time-off")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.THERAPIST)
public class MyTimeOffResource {

    @Inject
    CurrentUser me;
    @Inject
    ScheduleService schedules;
    @Inject
    Clock clock;

    /** What a removal answers: the upcoming bookings no longer covered once the override is gone. */
    public record Removed(List<BookingConflict> conflicts) {
    }

    @GET
    @Operation(summary = "My date overrides between two dates (default: from today on)")
    public List<TimeOffView> list(
            @Parameter(description = "first date, YYYY-MM-DD; default today") @QueryParam("from") String from,
            @Parameter(description = "last date, YYYY-MM-DD, inclusive; default two years on") @QueryParam("to") String to) {
        Therapist therapist = me.therapist();
        LocalDate today = LocalDate.now(clock.withZone(therapist.zone()));
        List<FieldError> errors = new ArrayList<>();
        DateWindow window = DateWindow.parse(from, to, today, 2 * 366, 3 * 366, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return schedules.timeOff(therapist, window.first(), window.last());
    }

    @POST
    @Operation(summary = "Add time off or replacement hours for a date; bookings left outside come back as conflicts")
    public Response add(@NotNull @Valid TimeOffRequest request) {
        TimeOffView added = schedules.addTimeOff(me.therapist().id, request);
        return Response.created(URI.create("/api/me/time-off/" + added.id())).entity(added).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove one of my date overrides")
    public Removed remove(@PathParam("id") Long id) {
        return new Removed(schedules.removeTimeOff(me.therapist().id, id));
    }

}
