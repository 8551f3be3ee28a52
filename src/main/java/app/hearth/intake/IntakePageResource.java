package app.hearth.intake;

import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem.FieldError;
import app.hearth.intake.IntakeApi.DraftRequest;
import app.hearth.intake.IntakeApi.DraftView;
import app.hearth.intake.IntakeApi.SubmissionReceipt;
import app.hearth.intake.IntakeApi.SubmissionRequest;
import app.hearth.seal.FormPurpose;
import app.hearth.seal.FormTokens;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The intake form as a web page. A plain form post does everything (submit, save for later), so it works without
 * JavaScript; a small script adds conditional questions and saving in place. A signed token guards each post.
 */
@Path("/intake/{formSlug}")
class IntakePageResource {

    static final String TOKEN_FIELD = "_token";
    /** Long enough to fill in a long form slowly; a stale page is simply shown again with a fresh token. */
    static final FormPurpose FORM = new FormPurpose("intake", Duration.ofHours(12));

    @Inject
    IntakeForms forms;
    @Inject
    IntakeDrafts drafts;
    @Inject
    IntakeSubmissions submissions;
    @Inject
    FormTokens formTokens;
    @Inject
    IntakeBookingLinks links;
    @Inject
    IntakeRateLimit limit;
    @Context
    HttpServerRequest http;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormPage page);

        static native TemplateInstance done(String title, SubmissionReceipt receipt);

        static native TemplateInstance linked(String heading, String state, String message);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The intake form page; ?draft= resumes a saved draft, ?booking= links it to a booking")
    public Response show(@PathParam("formSlug") String slug, @QueryParam("draft") String draft,
                         @QueryParam("booking") String booking) {
        FormDefinition form = definition(slug);
        Response refused = refusedLink(booking);
        if (refused != null) {
            return refused;
        }
        Map<String, Object> answers = Map.of();
        String notice = null;
        String draftToken = null;
        if (draft != null && !draft.isBlank()) {
            var saved = drafts.answers(draft, slug);
            if (saved.isPresent()) {
                answers = saved.get();
                draftToken = draft;
                notice = "Welcome back. Your saved answers are filled in below.";
            } else {
                notice = "That saved draft has expired or the link is not valid, so the form starts empty.";
            }
        }
        return Response.ok(Templates.form(FormPage.of(slug, form, answers, List.of(), formTokens.issue(FORM, slug),
                draftToken, blankToNull(booking), notice, null))).type(MediaType.TEXT_HTML)
                .header("Cache-Control", "no-store").build();
    }

    /**
     * A booking link that cannot take this form answers plainly instead of showing it: a cancelled call's (410), and
     * one whose intake was sent (the answers are never shown again through the link). Unknown links fall through:
     * the form says so when it is sent.
     */
    private Response refusedLink(String booking) {
        if (blankToNull(booking) == null) {
            return null;
        }
        IntakeBookingLinks.Refusal refusal = links.inTransaction(booking.strip());
        if (refusal == IntakeBookingLinks.Refusal.CANCELLED) {
            return Response.status(410).type(MediaType.TEXT_HTML).header("Cache-Control", "no-store")
                    .entity(Templates.linked("This call was cancelled", "cancelled", "The discovery call this form "
                            + "belonged to was cancelled, so the form is no longer linked to it. If you would still "
                            + "like to talk with us, please book a new call: you will be offered the form again.")).build();
        }
        if (refusal == IntakeBookingLinks.Refusal.ALREADY_SENT) {
            return Response.ok(Templates.linked("Your intake form was received", "sent", "Thank you: you have "
                            + "already sent this form for your call, and your therapist has it. For your privacy "
                            + "your answers are not shown again here.")).type(MediaType.TEXT_HTML)
                    .header("Cache-Control", "no-store").build();
        }
        return null;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Post the form: _action=submit sends it, _action=save keeps a draft for 14 days")
    public Response post(@PathParam("formSlug") String slug, MultivaluedMap<String, String> fields,
                         @HeaderParam("Accept") String accept) {
        limit.check(http.remoteAddress().hostAddress(), slug);
        FormDefinition form = definition(slug);
        Map<String, Object> answers = FormPage.answersFrom(form, fields);
        String draftToken = blankToNull(fields.getFirst("_draft"));
        String bookingToken = blankToNull(fields.getFirst("_booking"));
        boolean wantsJson = accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains("text/html");
        if (!formTokens.isValid(FORM, slug, fields.getFirst(TOKEN_FIELD))) {
            if (wantsJson) {
                return Response.status(403).type(MediaType.APPLICATION_JSON)
                        .entity(Map.of("error", "This page has expired. Reload it to continue.")).build();
            }
            return page(403, slug, form, answers, List.of(new FieldError("form",
                    "This page was open for a long time, so for your safety it was not sent. Check your answers "
                            + "and press the button again.")), draftToken, bookingToken, null, null);
        }
        try {
            if ("save".equals(fields.getFirst("_action"))) {
                DraftView saved = saveDraft(slug, answers, draftToken, bookingToken);
                String token = saved.draftToken() != null ? saved.draftToken() : draftToken;
                String resumeUrl = saved.resumeUrl() != null ? saved.resumeUrl()
                        : "/intake/" + slug + "?draft=" + token;
                if (wantsJson) {
                    return Response.ok(Map.of("draftToken", token, "resumeUrl", resumeUrl,
                            "expiresAt", saved.expiresAt().toString())).type(MediaType.APPLICATION_JSON).build();
                }
                return page(200, slug, form, answers, List.of(), token, bookingToken,
                        "Saved. Keep this private link to come back within 14 days:", resumeUrl);
            }
            SubmissionReceipt receipt = submissions.submit(slug, new SubmissionRequest(answers, bookingToken, draftToken));
            return Response.ok(Templates.done(form.title(), receipt)).type(MediaType.TEXT_HTML).build();
        } catch (InvalidInputException invalid) {
            if (wantsJson) {
                return Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("errors", invalid.errors())).build();
            }
            return page(400, slug, form, answers, invalid.errors(), draftToken, bookingToken, null, null);
        }
    }

    private DraftView saveDraft(String slug, Map<String, Object> answers, String draftToken, String bookingToken) {
        if (draftToken != null) {
            try {
                return drafts.save(draftToken, new DraftRequest(answers, bookingToken));
            } catch (NotFoundException expired) {
                // an expired draft is replaced by a new one rather than losing what is on the page
            }
        }
        return drafts.create(slug, new DraftRequest(answers, bookingToken));
    }

    private Response page(int status, String slug, FormDefinition form, Map<String, Object> answers,
                          List<FieldError> errors, String draftToken, String bookingToken, String notice,
                          String resumeUrl) {
        FormPage page = FormPage.of(slug, form, answers, errors, formTokens.issue(FORM, slug), draftToken,
                bookingToken, notice, resumeUrl);
        return Response.status(status).type(MediaType.TEXT_HTML).entity(Templates.form(page)).build();
    }

    private FormDefinition definition(String slug) {
        return forms.definition(slug);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
