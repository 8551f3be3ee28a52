package app.hearth.intake;

import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.IntakeApi.IntakeSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** A therapist's intakes: only those linked to their own bookings; every opened intake is audited. */
@Path("/api/me/intakes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.THERAPIST)
class TherapistIntakeResource {

    @Inject
    IntakeReading intake;
    @Inject
    CurrentUser me;

    @GET
    @Operation(summary = "Intake submissions linked to the caller's bookings (no answers)")
    public List<IntakeSummary> list() {
        return intake.forTherapist(me.therapist().id);
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "One intake with its answers and screening scores; the read is written to the audit log")
    public IntakeDetail read(@PathParam("reference") String reference) {
        return intake.readAsTherapist(reference, me.therapist().id, me.userId());
    }
}
