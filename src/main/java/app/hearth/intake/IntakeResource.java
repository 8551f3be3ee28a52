package app.hearth.intake;

import app.hearth.intake.IntakeApi.DraftRequest;
import app.hearth.intake.IntakeApi.DraftView;
import app.hearth.intake.IntakeApi.FormSummary;
import app.hearth.intake.IntakeApi.FormView;
import app.hearth.intake.IntakeApi.SubmissionReceipt;
import app.hearth.intake.IntakeApi.SubmissionRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/** The public intake API: read forms, save and resume drafts, submit. Answers travel only in bodies. */
@Path("/api/intake")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class IntakeResource {

    private final IntakeForms forms;
    private final IntakeDrafts drafts;
    private final IntakeSubmissions submissions;
    private final IntakeRateLimit limit;

    IntakeResource(IntakeForms forms, IntakeDrafts drafts, IntakeSubmissions submissions, IntakeRateLimit limit) {
        this.forms = forms;
        this.drafts = drafts;
        this.submissions = submissions;
        this.limit = limit;
    }

    @Context
    HttpServerRequest http;

    @GET
    @Path("forms")
    @Operation(summary = "Published intake forms")
    public List<FormSummary> forms() {
        return forms.published();
    }

    @GET
    @Path("forms/{slug}")
    @Operation(summary = "One published form's definition: sections, questions, conditions")
    public FormView form(@PathParam("slug") String slug) {
        return forms.view(slug);
    }

    @POST
    @Path("forms/{slug}/drafts")
    @Operation(summary = "Save an unfinished form; the answer carries the secret draft token (shown once)")
    @APIResponse(responseCode = "201", description = "Saved; resume with the draft token within 14 days")
    public Response createDraft(@PathParam("slug") String slug, @NotNull @Valid DraftRequest request) {
        limit.check(http.remoteAddress().hostAddress(), slug);
        DraftView draft = drafts.create(slug, request);
        return Response.created(URI.create("/api/intake/drafts/" + draft.draftToken())).entity(draft).build();
    }

    @PUT
    @Path("drafts/{draftToken}")
    @Operation(summary = "Replace a draft's answers; each save keeps it for another 14 days")
    public DraftView saveDraft(@PathParam("draftToken") String token, @NotNull @Valid DraftRequest request) {
        limit.check(http.remoteAddress().hostAddress(), "drafts");
        return drafts.save(token, request);
    }

    @GET
    @Path("drafts/{draftToken}")
    @Operation(summary = "Resume a draft")
    public DraftView draft(@PathParam("draftToken") String token) {
        return drafts.resume(token);
    }

    @POST
    @Path("forms/{slug}/submissions")
    @Operation(summary = "Submit a completed form, optionally linked to a booking by its manage token")
    @APIResponse(responseCode = "201", description = "Received; urgent answers bring crisis resources")
    @APIResponse(responseCode = "400", description = "One errors entry per wrong field")
    @APIResponse(responseCode = "429", description = "Too many writes from this address; see Retry-After")
    public Response submit(@PathParam("slug") String slug, @NotNull @Valid SubmissionRequest request) {
        limit.check(http.remoteAddress().hostAddress(), slug);
        SubmissionReceipt receipt = submissions.submit(slug, request);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }
}
