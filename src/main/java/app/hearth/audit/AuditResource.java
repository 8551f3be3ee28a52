package app.hearth.audit;

import app.hearth.common.RecentAuthenticationRequired;
import app.hearth.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Who read, exported or erased which intake submission, and when. */
@RecentAuthenticationRequired
@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "The audit log, newest first, optionally for one submission")
    public List<AuditLog.Line> list(@QueryParam("reference") @Size(max = 20) String reference,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        return audit.lines(reference, page, size);
    }
}
