package app.hearth.booking;

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

/** How the signed-in therapist's calls happen, and the intake form their clients are offered after booking. */
@Path("/api/me/meeting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.THERAPIST)
public class MyMeetingResource {

    @Inject
    CurrentUser me;
    @Inject
    MeetingService meetings;

    @GET
    @Operation(summary = "How my calls happen (my choice or the practice's default) and the intake form offered")
    public MeetingSettings.View meeting() {
        return meetings.view(me.therapist(), null);
    }

    @PUT
    @Operation(summary = "Change how my calls happen; with applyToUpcoming, upcoming calls follow and their clients "
            + "get updated invitations")
    public MeetingSettings.View change(@NotNull @Valid MeetingSettings.Change change) {
        return meetings.change(me.therapist().id, change);
    }
}
