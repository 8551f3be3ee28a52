package app.hearth.therapist;

import app.hearth.common.NotFoundException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves therapists' uploaded photos. The version in the address is the photo's fingerprint, so an address never
 * changes meaning and may be cached for a year; an old version answers 404 once replaced.
 */
@Path("/photos/therapists/{id}/{version}.jpg")
public class TherapistPhotoResource {

    private static final String YEAR = "public, max-age=31536000, immutable";

    @GET
    @Transactional
    @Operation(summary = "A therapist's photo (the address comes from photoUrl)")
    public Response photo(@PathParam("id") long id, @PathParam("version") String version) {
        TherapistPhoto photo = TherapistPhoto.findById(id);
        Therapist therapist = Therapist.findById(id);
        if (photo == null || !photo.version.equals(version) || therapist == null || !therapist.active) {
            throw new NotFoundException("There is no such photo.");
        }
        return Response.ok(photo.bytes, photo.contentType).header("Cache-Control", YEAR).build();
    }
}
