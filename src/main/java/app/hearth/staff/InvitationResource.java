package app.hearth.staff;

import app.hearth.common.RecentAuthenticationRequired;
import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.Set;

/** Admins invite staff by email; the person sets their own password from the mailed link. */
@RecentAuthenticationRequired
@Path("/api/admin/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class InvitationResource {

    @Inject
    StaffInvitations invitations;
    @Inject
    CurrentUser me;
    @Inject
    AccountAudit audit;

    /** {@code therapist}: the slug of the therapist profile a therapist login belongs to. */
    public record InvitationRequest(@Size(max = 254) String email, @Size(max = 200) String name, Set<String> roles,
                                    @Size(max = 100) String therapist) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a person: mails a single-use link (72 hours) to choose their password")
    @APIResponse(responseCode = "201", description = "Invited")
    @APIResponse(responseCode = "409", description = "The email already has an account, or the therapist a login")
    public Response invite(@NotNull @Valid InvitationRequest request) {
        StaffInvitations.Invited invited = invitations.invite(request.email(), request.name(), request.roles(),
                request.therapist());
        audit.record(me.userId(), Action.INVITATION_SENT, "account " + invited.id());
        return Response.created(URI.create("/api/admin/invitations/" + invited.id())).entity(invited).build();
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Mail a new link for a pending invitation; the earlier link stops working")
    @APIResponse(responseCode = "204", description = "Sent")
    @APIResponse(responseCode = "404", description = "No pending invitation for this account")
    public void resend(@PathParam("id") long id) {
        invitations.resend(id);
        audit.record(me.userId(), Action.INVITATION_SENT, "account " + id + ", resent");
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a pending invitation: its link stops working and the account is disabled")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No pending invitation for this account")
    public void revoke(@PathParam("id") long id) {
        invitations.revoke(id);
    }
}
