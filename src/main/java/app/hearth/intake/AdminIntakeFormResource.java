package app.hearth.intake;

import app.hearth.auth.CurrentUser;
import app.hearth.common.Roles;
import app.hearth.intake.IntakeForms.FormVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** Admins manage intake forms: publishing a change makes a new version; earlier submissions keep theirs. */
@Path("/api/admin/intake-forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
class AdminIntakeFormResource {

    @Inject
    IntakeForms catalog;
    @Inject
    CurrentUser me;

    /** A new form: its slug and first definition. */
    public record NewForm(@NotBlank String slug, @NotNull FormDefinition definition) {
    }

    @GET
    @Operation(summary = "Every form's newest version, whatever its status")
    public List<FormVersion> forms() {
        return catalog.latestOfEach();
    }

    @POST
    @Operation(summary = "Create a form: publishes version 1 (or the next version if the slug exists)")
    public Response create(@NotNull NewForm form) {
        FormVersion published = catalog.publish(form.slug(), form.definition(), me.user().email);
        return Response.created(URI.create("/api/admin/intake-forms/" + published.slug())).entity(published).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "All versions of one form, newest first")
    public List<FormVersion> versions(@PathParam("slug") String slug) {
        return catalog.versions(slug);
    }

    @PUT
    @Path("{slug}")
    @Operation(summary = "Publish a changed definition as a new version; earlier submissions keep theirs")
    public FormVersion publish(@PathParam("slug") String slug, @NotNull FormDefinition definition) {
        return catalog.publish(slug, definition, me.user().email);
    }

    @POST
    @Path("{slug}/retire")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stop offering a form; its submissions stay readable")
    public FormVersion retire(@PathParam("slug") String slug) {
        return catalog.retire(slug);
    }
}
