package app.hearth.therapist;

import app.hearth.common.NotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The therapists shown on the site. */
@Path("/api/therapists")
@Produces(MediaType.APPLICATION_JSON)
public class TherapistResource {

    @GET
    @Operation(summary = "Therapists shown on the site")
    public List<TherapistView> list() {
        return Therapist.listed().stream().map(TherapistView::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One therapist's public profile")
    public TherapistView get(@PathParam("slug") String slug) {
        return Therapist.findListed(slug).map(TherapistView::of)
                .orElseThrow(() -> new NotFoundException("No therapist with that name is listed."));
    }
}
