package app.hearth.auth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoints without @RolesAllowed: the path rules alone must still guard them. */
public final class ForgottenAnnotationResource {

    private ForgottenAnnotationResource() {
    }

    @Path("/api/me/forgotten-annotation")
    public static class TherapistSide {
        @GET
        public String reached() {
            return "reached";
        }
    }

    @Path("/api/admin/forgotten-annotation")
    public static class AdminSide {
        @GET
        public String reached() {
            return "reached";
        }
    }
}
