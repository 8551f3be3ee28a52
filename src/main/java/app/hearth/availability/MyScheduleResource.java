package app.hearth.availability;

import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
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

/** The signed-in therapist's weekly hours. */
@Path("/api/me/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.THERAPIST)
public class MyScheduleResource {

    @Inject
    CurrentUser me;
    @Inject
    ScheduleService schedules;

    @GET
    @Operation(summary = "My weekly hours, in my time zone")
    public WeeklyHoursInZone schedule() {
        return schedules.schedule(me.therapist());
    }

    @PUT
    @Operation(summary = "Replace my weekly hours (and zone); upcoming bookings left outside come back as conflicts")
    public WeeklyHoursChange replaceSchedule(@NotNull @Valid WeeklyHoursInZone schedule) {
        return schedules.replaceSchedule(me.therapist().id, schedule);
    }
}
