package app.hearth.privacy;

import app.hearth.common.RecentAuthenticationRequired;
import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
import app.hearth.common.MailAddress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A client's right of access and erasure, for an admin acting on their request. The address travels in the
 * body, never in a URL that access logs would keep.
 */
@RecentAuthenticationRequired
@Path("/api/admin/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ClientDataResource {

    @Inject
    ClientDataService clients;
    @Inject
    CurrentUser me;

    /** Whose data: the email address the client used. */
    record ClientRequest(@NotBlank @MailAddress String email) {
    }

    @POST
    @Path("export")
    @Operation(summary = "Everything held about one client, as JSON (each intake exported is audited)")
    public ClientDataService.Export export(@NotNull @Valid ClientRequest request) {
        return clients.export(request.email(), me.userId());
    }

    @POST
    @Path("erase")
    @Operation(summary = "Erase one client's intakes, drafts and mail and anonymise their past bookings (audited)")
    public ClientDataService.Erasure erase(@NotNull @Valid ClientRequest request) {
        return clients.erase(request.email(), me.userId());
    }
}
