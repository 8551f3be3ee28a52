package app.hearth.availability;

import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
import app.hearth.therapist.BookingPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in therapist's booking policy: buffers, notice, horizon and daily maximum. */
@Path("/api/me/booking-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.THERAPIST)
public class MyBookingPolicyResource {

    @Inject
    CurrentUser me;
    @Inject
    ScheduleService schedules;

    @GET
    @Operation(summary = "My buffers, notice, horizon and daily maximum")
    public BookingPolicy policy() {
        return me.therapist().policy();
    }

    @PUT
    @Operation(summary = "Change my booking policy; it applies to the next slot list at once")
    public BookingPolicy setPolicy(@NotNull @Valid BookingPolicy policy) {
        return schedules.setPolicy(me.therapist().id, policy);
    }
}
