package app.hearth.team;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffSessions;
import app.hearth.booking.MeetingService;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.intake.IntakeForm;
import app.hearth.intake.IntakeForms;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which published intake form each therapist's clients are offered after booking. The choice is the therapist's
 * meeting setting ({@code intakeForm} of {@code /api/me/meeting}), changed through the same MeetingService rule, so
 * the admin and the therapist set one thing one way.
 */
@Path("/staff/admin/team/intake-forms")
@Produces(MediaType.TEXT_HTML)
public class IntakeFormChoicePages {

    private static final String HERE = "/staff/admin/team/intake-forms";

    @Inject
    StaffGate gate;
    @Inject
    TeamAccounts team;
    @Inject
    MeetingService meetings;
    @Inject
    IntakeForms forms;
    @Inject
    AccountAudit audit;
    @Inject
    HearthConfig config;

    /** One choice in a therapist's list: "" for the practice's default, "none", or a published form's slug. */
    record Option(String value, String label, boolean selected) {
    }

    /** A therapist with their current choice. */
    record Row(long id, String name, boolean active, List<Option> options) {
        /** The id of the row's choice, which its error names. */
        public String field() {
            return "form-" + id;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choices(StaffPage page, List<Row> rows, String defaultForm);
    }

    @GET
    public Response view(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("done") String done) {
        StaffSessions.Current session = gate.admin(cookie);
        return page(session, done == null ? null : "The therapist's clients are now offered the chosen form.",
                List.of(), 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @PathParam("id") long id, @FormParam("intakeForm") String intakeForm) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        try {
            meetings.offerIntakeForm(id, intakeForm);
        } catch (InvalidInputException e) {
            return page(session, null, List.of(new StaffPage.FieldError("form-" + id, "Intake form",
                    e.errors().get(0).message())), 400);
        }
        audit.record(session.userId(), Action.PROFILE_CHANGED, "therapist " + id + " intake form");
        return StaffGate.seeOther(HERE + "?done=chosen");
    }

    private Response page(StaffSessions.Current session, String notice, List<StaffPage.FieldError> errors, int status) {
        List<IntakeForms.FormVersion> published = forms.latestOfEach().stream()
                .filter(f -> f.status() == IntakeForm.Status.PUBLISHED).toList();
        List<Row> rows = team.profiles().stream().map(t -> {
            String chosen = meetings.offeredIntakeForm(t.id());
            String current = chosen == null ? "" : chosen;
            List<Option> options = new ArrayList<>();
            options.add(new Option("", "The practice's default", current.isEmpty()));
            published.forEach(f -> options.add(new Option(f.slug(), f.definition().title() + " (" + f.slug() + ")",
                    f.slug().equals(current))));
            options.add(new Option("none", "No intake form", current.equals("none")));
            if (!current.isEmpty() && options.stream().noneMatch(Option::selected)) {
                // a form retired since it was chosen: shown, so saving the row does not silently change it
                options.add(new Option(current, current + " (no longer published)", true));
            }
            return new Row(t.id(), t.name(), t.active(), options);
        }).toList();
        StaffPage page = gate.page("Intake form for each therapist", session).withNotice(notice)
                .withErrors(errors);
        return Response.status(status).entity(Templates.choices(page, rows,
                Objects.requireNonNullElse(config.intake().defaultForm(), ""))).build();
    }
}
