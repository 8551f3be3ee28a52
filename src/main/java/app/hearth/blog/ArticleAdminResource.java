package app.hearth.blog;

import app.hearth.common.Roles;
import app.hearth.blog.ArticleViews.Admin;
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

/** The admin's blog desk: write, edit, publish (now or at a time), unpublish, delete and import editing. */
@Path("/api/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
class ArticleAdminResource {

    @Inject
    ArticleEditing editing;
    @Inject
    ArticlePublishing publishing;

    @GET
    @Operation(summary = "Every article, drafts included, most recently changed first")
    public List<Admin> list() {
        return editing.all();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article, whatever its status")
    public Admin get(@PathParam("id") long id) {
        return editing.get(id);
    }

    @POST
    @Operation(summary = "Create a draft")
    @APIResponse(responseCode = "201", description = "Created as a draft")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response create(@NotNull @Valid ArticleRequest request) {
        Admin created = editing.create(request);
        return Response.created(URI.create("/api/admin/articles/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an article's content; its status stays")
    public Admin update(@PathParam("id") long id, @NotNull @Valid ArticleRequest request) {
        return editing.update(id, request);
    }

    @POST
    @Path("{id}/publish")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Publish now, or schedule for a later time; an imported draft keeps its original date")
    public Admin publish(@PathParam("id") long id, PublishRequest request) {
        return publishing.publish(id, request == null ? null : request.at());
    }

    @POST
    @Path("{id}/unpublish")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Take an article off the site; it becomes a draft again")
    public Admin unpublish(@PathParam("id") long id) {
        return publishing.unpublish(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an article for good")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        editing.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Operation(summary = "Make a draft from an article copied from an old site (Markdown, HTML or plain text)")
    @APIResponse(responseCode = "201", description = "Imported as a draft")
    public Response importArticle(@NotNull @Valid ImportRequest request) {
        Admin draft = editing.importDraft(request);
        return Response.created(URI.create("/api/admin/articles/" + draft.id())).entity(draft).build();
    }
}
