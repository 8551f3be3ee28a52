package app.hearth.auth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoints without @RolesAllowed: the path rules alone must still guard them. */
@Path("/api")
public class ForgottenAnnotationResource {

    @GET
    @Path("me/forgotten-annotation")
    public String therapistSide() {
        return "reached";
    }

    @GET
    @Path("admin/forgotten-annotation")
    public String adminSide() {
        return "reached";
    }
}
