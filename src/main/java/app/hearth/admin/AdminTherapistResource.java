package app.hearth.admin;

import app.hearth.auth.Roles;
import app.hearth.therapist.Therapist;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The practice's therapists as an admin manages them, including inactive ones. */
@Path("/api/admin/therapists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminTherapistResource {

    @Inject
    AdminTherapistService therapists;

    @GET
    @Operation(summary = "All therapists, active or not, with their login")
    public List<AdminTherapistView> list() {
        return therapists.list();
    }
}
