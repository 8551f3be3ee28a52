package app.hearth.team;

import app.hearth.common.RecentAuthenticationRequired;
import app.hearth.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/**
 * The practice's therapists as an admin manages them, including inactive ones. Logins come only from invitations
 * (the person chooses the password); an admin can switch a login off here.
 */
@Path("/api/admin/therapists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminTherapistResource {

    @Inject
    AdminTherapistService therapists;

    @GET
    @Operation(summary = "All therapists, active or not, with their login email")
    public List<AdminTherapistView> list() {
        return therapists.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One therapist")
    public AdminTherapistView get(@PathParam("id") Long id) {
        return therapists.get(id);
    }

    @POST
    @Operation(summary = "Add a therapist (without hours or login yet)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response create(@NotNull @Valid TherapistRequest request) {
        AdminTherapistView created = therapists.create(request);
        return Response.created(URI.create("/api/admin/therapists/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a therapist's profile (and policy, when given)")
    public AdminTherapistView update(@PathParam("id") Long id, @NotNull @Valid TherapistRequest request) {
        return therapists.update(id, request);
    }

    @RecentAuthenticationRequired
    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Hide the therapist and stop new bookings; existing bookings stay")
    public AdminTherapistView deactivate(@PathParam("id") Long id) {
        return therapists.setActive(id, false);
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Show the therapist and take bookings again")
    public AdminTherapistView activate(@PathParam("id") Long id) {
        return therapists.setActive(id, true);
    }

    @RecentAuthenticationRequired
    @DELETE
    @Path("{id}/login")
    @Operation(summary = "Disable the therapist's login; its tokens stop working at once")
    @APIResponse(responseCode = "204", description = "Disabled")
    public void disableLogin(@PathParam("id") Long id) {
        therapists.disableLogin(id);
    }
}
