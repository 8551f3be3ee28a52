package app.hearth.console;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import app.hearth.common.HearthConfig;
import app.hearth.intake.FormDefinition;
import app.hearth.intake.FormJsonLines;
import app.hearth.intake.IntakeForm;
import app.hearth.intake.IntakeForms;
import app.hearth.intake.IntakeForms.FormVersion;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The console's intake forms: every form's newest version, one form's versions, and a new version written as JSON,
 * checked by the same rules as the admin API with each mistake shown at its line. Publishing goes through
 * {@link IntakeForms}; a version based on one that is no longer the newest is refused, so two admins cannot
 * overwrite each other unknowingly.
 */
@Path("/staff/admin/forms")
@Produces(MediaType.TEXT_HTML)
public class IntakeFormPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.CANADA);
    private static final ObjectMapper PRETTY = new ObjectMapper();

    @Inject
    StaffGate gate;
    @Inject
    IntakeForms catalog;
    @Inject
    AccountAudit audit;
    @Inject
    HearthConfig config;

    /** One version as the pages list it. */
    record Version(String slug, int version, String title, String status, String published, String by,
                   boolean current) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forms(StaffPage page, List<Version> forms, String slug, String json);

        static native TemplateInstance form(StaffPage page, String slug, List<Version> versions, int basedOn,
                                            String json, boolean published);
    }

    @GET
    public Response list(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("done") String done) {
        StaffSessions.Current session = gate.admin(cookie);
        StaffPage page = gate.page("Intake forms", session)
                .withNotice("retired".equals(done) ? "The form is retired: clients can no longer open it." : null);
        return Response.ok(Templates.forms(page, catalog.latestOfEach().stream().map(this::version).toList(), "",
                "")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @FormParam("slug") String slug, @FormParam("definition") String json) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        String wanted = slug == null ? "" : slug.strip();
        List<StaffPage.FieldError> errors = new java.util.ArrayList<>();
        if (!wanted.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            errors.add(new StaffPage.FieldError("slug", "Address name",
                    "must be lower-case letters, digits and hyphens (at most 80)"));
        } else if (QuarkusTransaction.requiringNew().call(() -> IntakeForm.count("slug", wanted) > 0)) {
            errors.add(new StaffPage.FieldError("slug", "Address name", "a form already has this name"));
        }
        FormJsonLines.Reading reading = FormJsonLines.read(json);
        errors.addAll(mistakes(reading));
        if (!errors.isEmpty()) {
            StaffPage page = gate.page("Intake forms", session).withErrors(errors);
            return Response.status(400).entity(Templates.forms(page,
                    catalog.latestOfEach().stream().map(this::version).toList(), wanted, json == null ? "" : json))
                    .build();
        }
        publish(session, wanted, reading.definition());
        return StaffGate.seeOther("/staff/admin/forms/" + wanted + "?done=published");
    }

    @GET
    @Path("{slug}")
    public Response form(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("slug") String slug,
                         @QueryParam("done") String done) {
        StaffSessions.Current session = gate.admin(cookie);
        List<FormVersion> versions = catalog.versions(slug);
        StaffPage page = gate.page("Intake form " + slug, session)
                .withNotice("published".equals(done) ? "The new version is published; clients see it from now on."
                        : null);
        return render(page, slug, versions, versions.get(0).version(), pretty(versions.get(0).definition()), 200);
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publishVersion(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("slug") String slug,
                                   @FormParam("formToken") String formToken, @FormParam("basedOn") String basedOn,
                                   @FormParam("definition") String json) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        List<FormVersion> versions = catalog.versions(slug);
        int newest = versions.get(0).version();
        FormJsonLines.Reading reading = FormJsonLines.read(json);
        List<StaffPage.FieldError> errors = new java.util.ArrayList<>(mistakes(reading));
        int status = 400;
        if (errors.isEmpty() && !Integer.toString(newest).equals(basedOn == null ? "" : basedOn.strip())) {
            status = 409;
            errors.add(new StaffPage.FieldError("definition", "Definition", "someone published version " + newest
                    + " after you opened version " + basedOn + "; open the form again to start from theirs"));
        }
        if (!errors.isEmpty()) {
            StaffPage page = gate.page("Intake form " + slug, session).withErrors(errors);
            int shownBase = status == 409 ? parse(basedOn) : newest;
            return render(page, slug, versions, shownBase, json == null ? "" : json, status);
        }
        publish(session, slug, reading.definition());
        return StaffGate.seeOther("/staff/admin/forms/" + slug + "?done=published");
    }

    @POST
    @Path("{slug}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retire(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("slug") String slug,
                           @FormParam("formToken") String formToken) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        catalog.retire(slug);
        audit.record(session.userId(), Action.FORM_CHANGED, "form " + slug + " retired");
        return StaffGate.seeOther("/staff/admin/forms?done=retired");
    }

    private void publish(StaffSessions.Current session, String slug, FormDefinition definition) {
        String actor = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(session.userId()).email);
        FormVersion published = catalog.publish(slug, definition, actor);
        audit.record(session.userId(), Action.FORM_CHANGED, "form " + slug + " version " + published.version()
                + " published");
    }

    private Response render(StaffPage page, String slug, List<FormVersion> versions, int basedOn, String json,
                            int status) {
        boolean published = versions.stream().anyMatch(v -> v.status() == IntakeForm.Status.PUBLISHED);
        return Response.status(status).entity(Templates.form(page, slug, versions.stream().map(this::version).toList(),
                basedOn, json, published)).build();
    }

    private static List<StaffPage.FieldError> mistakes(FormJsonLines.Reading reading) {
        return reading.mistakes().stream().map(m -> new StaffPage.FieldError("definition",
                m.line() > 0 ? "Line " + m.line() : "Definition",
                (m.where().equals("definition") ? "" : m.where() + " ") + m.message())).toList();
    }

    private Version version(FormVersion v) {
        return new Version(v.slug(), v.version(), v.definition().title(), switch (v.status()) {
            case PUBLISHED -> "Published";
            case SUPERSEDED -> "Replaced";
            case RETIRED -> "Retired";
        }, v.publishedAt() == null ? "" : WHEN.format(v.publishedAt().atZone(config.practiceTimezone())),
                v.publishedBy() == null ? "" : v.publishedBy(), v.status() == IntakeForm.Status.PUBLISHED);
    }

    private static String pretty(FormDefinition definition) {
        try {
            return PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
