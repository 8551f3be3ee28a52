package app.hearth.intake;

import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.IntakeApi.IntakeSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Admins read any intake submission; every opened one is written to the audit log. */
@Path("/api/admin/intakes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
class AdminIntakeResource {

    @Inject
    IntakeReading intake;
    @Inject
    CurrentUser me;

    @GET
    @Operation(summary = "All intake submissions, newest first (no answers)")
    public List<IntakeSummary> intakes(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return intake.all(page, size);
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "One submission with its answers; the read is written to the audit log")
    public IntakeDetail intake(@PathParam("reference") String reference) {
        return intake.readAsAdmin(reference, me.userId());
    }
}
