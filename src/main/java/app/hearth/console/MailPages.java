package app.hearth.console;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffSessions;
import app.hearth.common.ConflictException;
import app.hearth.common.HearthConfig;
import app.hearth.mail.OutboxAdmin;
import app.hearth.mail.OutboxState;
import app.hearth.mail.OutboxView;
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

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The console's mail page: how many messages wait, went out, died or were withdrawn, the last delivery error, and
 * the messages of one state with a retry for the dead. Like the admin API it never shows an address or content.
 */
@Path("/staff/admin/mail")
@Produces(MediaType.TEXT_HTML)
public class MailPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.CANADA);
    private static final int SHOWN = 100;

    @Inject
    StaffGate gate;
    @Inject
    OutboxAdmin outbox;
    @Inject
    AccountAudit audit;
    @Inject
    HearthConfig config;

    /** A state with its count, as the summary and the state filter show it. */
    record Count(String state, String label, long count, boolean selected) {
    }

    /** One message as the list shows it. */
    record Line(long id, String reference, String state, int attempts, String lastError, String created,
                boolean dead) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(StaffPage page, List<Count> counts, Line lastFailure, String stateLabel,
                                            List<Line> lines, String zone);
    }

    @GET
    public Response view(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("state") String state,
                         @QueryParam("done") String done) {
        StaffSessions.Current session = gate.admin(cookie);
        OutboxState shown = Arrays.stream(OutboxState.values()).filter(s -> s.name().equalsIgnoreCase(state))
                .findFirst().orElse(OutboxState.DEAD);
        String notice = "retried".equals(done) ? "The message is queued again and goes out with the next delivery run."
                : null;
        return page(session, shown, notice, List.of(), 200);
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                          @PathParam("id") long id) {
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        try {
            outbox.retry(id);
        } catch (ConflictException e) {
            return page(session, OutboxState.DEAD, null,
                    List.of(new StaffPage.FieldError("messages", "Retry", e.getMessage())), 409);
        }
        audit.record(session.userId(), Action.MAIL_RETRIED, "mail " + id);
        return StaffGate.seeOther("/staff/admin/mail?done=retried");
    }

    private Response page(StaffSessions.Current session, OutboxState shown, String notice,
                          List<StaffPage.FieldError> errors, int status) {
        List<Count> counts = outbox.counts().entrySet().stream()
                .map(e -> new Count(e.getKey().name().toLowerCase(Locale.ROOT), label(e.getKey()), e.getValue(),
                        e.getKey() == shown)).toList();
        Line last = outbox.lastFailure().map(this::line).orElse(null);
        List<Line> lines = outbox.list(shown, SHOWN).stream().map(this::line).toList();
        StaffPage page = gate.page("Mail", session).withNotice(notice).withErrors(errors);
        return Response.status(status).entity(Templates.mail(page, counts, last, label(shown), lines,
                config.practiceTimezone().getId())).build();
    }

    private Line line(OutboxView view) {
        return new Line(view.id(), view.reference(), label(view.state()), view.attempts(), view.lastError(),
                when(view.createdAt()), view.state() == OutboxState.DEAD);
    }

    private String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(config.practiceTimezone()));
    }

    private static String label(OutboxState state) {
        return switch (state) {
            case PENDING -> "Waiting";
            case SENT -> "Sent";
            case DEAD -> "Given up";
            case WITHDRAWN -> "Withdrawn";
        };
    }
}
