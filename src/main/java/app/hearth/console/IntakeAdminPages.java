package app.hearth.console;

import app.hearth.auth.StaffSessions;
import app.hearth.common.HearthConfig;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.IntakeReading;
import app.hearth.intake.IntakeSearch;
import app.hearth.staff.IntakeReader;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The console's intakes: every intake, filtered and paged, without answers; opening one goes through the same
 * IntakeReading the therapist's reader uses (admins may open any), which audits the read in its transaction.
 */
@Path("/staff/admin/intakes")
@Produces(MediaType.TEXT_HTML)
public class IntakeAdminPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.CANADA);
    private static final int PAGE_SIZE = 50;

    @Inject
    StaffGate gate;
    @Inject
    IntakeSearch search;
    @Inject
    IntakeReading reading;
    @Inject
    HearthConfig config;

    /** One intake in the list. */
    record Line(String reference, String form, int version, String submitted, boolean urgent, String booking,
                String therapist) {
    }

    /** A therapist in the filter's choice. */
    record Choice(String value, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance intakes(StaffPage page, IntakeListFilter filter, List<Choice> therapists,
                                               List<Line> lines, String previous, String next, String zone);

        static native TemplateInstance reader(StaffPage page, IntakeReader intake);
    }

    @GET
    public Response list(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("therapist") String therapist,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("urgent") String urgent, @QueryParam("linked") String linked,
                         @QueryParam("page") String page) {
        StaffSessions.Current session = gate.admin(cookie);
        ZoneId zone = config.practiceTimezone();
        IntakeListFilter filter = new IntakeListFilter(therapist, from, to, urgent, linked, page);
        List<Choice> choices = search.therapists().stream().map(t -> new Choice(String.valueOf(t.id()), t.name(),
                String.valueOf(t.id()).equals(filter.therapist()))).toList();
        List<StaffPage.FieldError> errors = filter.errors();
        StaffPage shown = gate.page("Intakes", session).withErrors(errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.intakes(shown, filter, choices, List.of(), null, null,
                    zone.getId())).build();
        }
        int number = filter.pageNumber();
        IntakeSearch.Page found = search.search(filter.toSearch(zone), number, PAGE_SIZE);
        List<Line> lines = found.intakes().stream().map(f -> new Line(f.intake().reference(), f.intake().formTitle(),
                f.intake().formVersion(), WHEN.format(f.intake().submittedAt().atZone(zone)), f.intake().urgent(),
                f.intake().bookingReference(), f.therapist())).toList();
        return Response.ok(Templates.intakes(shown, filter, choices, lines,
                number > 0 ? filter.query(number - 1) : null, found.more() ? filter.query(number + 1) : null,
                zone.getId())).build();
    }

    @GET
    @Path("{reference}")
    public TemplateInstance read(@CookieParam(StaffGate.COOKIE) String cookie,
                                 @PathParam("reference") String reference) {
        StaffSessions.Current session = gate.admin(cookie);
        IntakeDetail detail = reading.readAsAdmin(reference, session.userId());
        // the booking page is the therapist's own, so the console shows the call's reference without a link
        return Templates.reader(gate.page("Intake " + detail.reference(), session),
                IntakeReader.of(detail, config.practiceTimezone(), false));
    }
}
