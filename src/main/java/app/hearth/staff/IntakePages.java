package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.IntakeApi.IntakeSummary;
import app.hearth.intake.IntakeReading;
import app.hearth.therapist.Therapist;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The intakes linked to the signed-in therapist's bookings, urgent ones first, and the reader. Opening one goes
 * through IntakeReading, which writes the audit entry in the same transaction; staff pages are never cached.
 */
@Path("/staff/intakes")
@Produces(MediaType.TEXT_HTML)
public class IntakePages {

    @Inject
    StaffGate gate;
    @Inject
    IntakeReading intakes;

    record Line(String reference, String form, int version, String submitted, boolean urgent, String booking) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(StaffPage page, List<Line> intakes, String timezone);

        static native TemplateInstance reader(StaffPage page, IntakeReader intake);
    }

    @GET
    public TemplateInstance list(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Therapist therapist = gate.therapist(session);
        ZoneId zone = therapist.zone();
        List<Line> lines = intakes.forTherapist(therapist.id).stream()
                .sorted(Comparator.comparing(IntakeSummary::urgent).reversed()
                        .thenComparing(IntakeSummary::submittedAt, Comparator.reverseOrder()))
                .map(s -> new Line(s.reference(), s.formTitle(), s.formVersion(), IntakeReader.WHEN.format(
                        s.submittedAt().atZone(zone)),
                        s.urgent(), s.bookingReference()))
                .toList();
        return Templates.list(gate.page("Intakes", session), lines, zone.getId());
    }

    @GET
    @Path("{reference}")
    public TemplateInstance read(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("reference") String reference) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Therapist therapist = gate.therapist(session);
        IntakeDetail detail = intakes.readAsTherapist(reference, therapist.id, session.userId());
        return Templates.reader(gate.page("Intake " + detail.reference(), session),
                IntakeReader.of(detail, therapist.zone(), true));
    }
}
