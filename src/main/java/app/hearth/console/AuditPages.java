package app.hearth.console;

import app.hearth.audit.AuditLog;
import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffSessions;
import app.hearth.common.HearthConfig;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The console's audit page: who read which intake, who signed in, exported, erased or changed what, filtered by
 * person, client reference, action and dates, a page at a time, and exported as CSV (a sensitive action: it wants a
 * sign-in within the last five minutes).
 */
@Path("/staff/admin/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    static final int PAGE_SIZE = 50;
    /** The most lines one export carries; narrow the filter for more. */
    static final int EXPORT_LIMIT = 10_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss z", Locale.CANADA);

    @Inject
    StaffGate gate;
    @Inject
    AuditLog audit;
    @Inject
    AccountAudit accountAudit;
    @Inject
    HearthConfig config;

    /** One line as the table shows it. */
    record Row(String when, String actor, String action, String subject, String detail) {
    }

    /** The action filter's choices. */
    record Choice(String value, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(StaffPage page, AuditFilter filter, List<Choice> actions, List<Row> rows,
                                             long total, String previous, String next, String zone);
    }

    @GET
    public Response view(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("person") String person,
                         @QueryParam("reference") String reference, @QueryParam("action") String action,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") String page) {
        StaffSessions.Current session = gate.admin(cookie);
        return page(session, new AuditFilter(person, reference, action, from, to, page));
    }

    private Response page(StaffSessions.Current session, AuditFilter filter) {
        List<StaffPage.FieldError> errors = filter.errors(config.practiceTimezone());
        List<Choice> actions = Arrays.stream(Action.values())
                .map(a -> new Choice(a.name(), a.name().equals(filter.action))).toList();
        StaffPage page = gate.page("Audit log", session).withErrors(errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.audit(page, filter, actions, List.of(), 0, null, null,
                    config.practiceTimezone().getId())).build();
        }
        int number = filter.page();
        AuditLog.Found found = audit.search(filter.toFilter(config.practiceTimezone()), number, PAGE_SIZE);
        List<Row> rows = found.lines().stream().map(l -> new Row(WHEN.format(l.at().atZone(config.practiceTimezone())),
                l.actor() == null ? "" : l.actor(), l.action().name(), l.submissionReference(), l.detail())).toList();
        String previous = number > 0 ? filter.query(number - 1) : null;
        String next = (long) (number + 1) * PAGE_SIZE < found.total() ? filter.query(number + 1) : null;
        return Response.ok(Templates.audit(page, filter, actions, rows, found.total(), previous, next,
                config.practiceTimezone().getId())).build();
    }

    /** The lines the filter finds, as a CSV file built by Commons CSV with cells that no spreadsheet runs. */
    @POST
    @Path("export")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/csv")
    public Response export(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken,
                           @FormParam("person") String person, @FormParam("reference") String reference,
                           @FormParam("action") String action, @FormParam("from") String from,
                           @FormParam("to") String to) {
        AuditFilter filter = new AuditFilter(person, reference, action, from, to, null);
        StaffSessions.Current session = gate.admin(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, "/staff/admin/audit");
        if (!filter.errors(config.practiceTimezone()).isEmpty()) {
            return page(session, filter);
        }
        AuditLog.Found found = audit.search(filter.toFilter(config.practiceTimezone()), 0, EXPORT_LIMIT);
        String csv = AuditCsv.write(found.lines());
        accountAudit.record(session.userId(), Action.EXPORT, "audit log, " + found.lines().size() + " lines");
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
    }
}
