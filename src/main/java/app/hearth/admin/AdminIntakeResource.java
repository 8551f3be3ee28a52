package app.hearth.admin;

import app.hearth.auth.CurrentUser;
import app.hearth.auth.Roles;
import app.hearth.intake.FormCatalog;
import app.hearth.intake.FormCatalog.FormVersion;
import app.hearth.intake.FormDefinition;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.IntakeApi.IntakeSummary;
import app.hearth.intake.IntakeJobs;
import app.hearth.intake.IntakeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** Admin side of intake: manage form versions, read any submission (audited), and re-encrypt after a key rotation. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminIntakeResource {

    @Inject
    FormCatalog catalog;
    @Inject
    IntakeService intake;
    @Inject
    IntakeJobs jobs;
    @Inject
    CurrentUser me;

    /** A new form: its slug and first definition. */
    public record NewForm(@NotBlank String slug, @NotNull FormDefinition definition) {
    }

    /** What a re-encryption run did. */
    public record ResealReport(String currentKeyId, int resealed, long remaining) {
    }

    @GET
    @Path("intake-forms")
    @Operation(summary = "Every form's newest version, whatever its status")
    public List<FormVersion> forms() {
        return catalog.latestOfEach();
    }

    @POST
    @Path("intake-forms")
    @Operation(summary = "Create a form: publishes version 1 (or the next version if the slug exists)")
    public Response create(@NotNull NewForm form) {
        FormVersion published = catalog.publish(form.slug(), form.definition(), me.user().email);
        return Response.created(URI.create("/api/admin/intake-forms/" + published.slug())).entity(published).build();
    }

    @GET
    @Path("intake-forms/{slug}")
    @Operation(summary = "All versions of one form, newest first")
    public List<FormVersion> versions(@PathParam("slug") String slug) {
        return catalog.versions(slug);
    }

    @PUT
    @Path("intake-forms/{slug}")
    @Operation(summary = "Publish a changed definition as a new version; earlier submissions keep theirs")
    public FormVersion publish(@PathParam("slug") String slug, @NotNull FormDefinition definition) {
        return catalog.publish(slug, definition, me.user().email);
    }

    @POST
    @Path("intake-forms/{slug}/retire")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stop offering a form; its submissions stay readable")
    public FormVersion retire(@PathParam("slug") String slug) {
        return catalog.retire(slug);
    }

    @GET
    @Path("intakes")
    @Operation(summary = "All intake submissions, newest first (no answers)")
    public List<IntakeSummary> intakes(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return intake.all(page, size);
    }

    @GET
    @Path("intakes/{reference}")
    @Operation(summary = "One submission with its answers; the read is written to the audit log")
    public IntakeDetail intake(@PathParam("reference") String reference) {
        return intake.readAsAdmin(reference, me.user().email);
    }

    @POST
    @Path("intake-keys/re-encrypt")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Reseal every intake record an older key sealed with the current key (after a rotation)")
    public ResealReport reencrypt() {
        int resealed = jobs.resealAll();
        return new ResealReport(intake.currentKeyId(), resealed, intake.sealedWithOlderKeys());
    }
}
