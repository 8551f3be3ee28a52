package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.intake.IntakeApi.IntakeDetail;
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

    record Line(String reference, String form, int version, String submitted, boolean urgent, String booking,
                List<IntakeReader.Score> scores) {
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
        List<Line> lines = intakes.screenedForTherapist(therapist.id, session.userId()).stream()
                .sorted(Comparator.comparing((IntakeReading.Screened i) -> i.summary().urgent()).reversed()
                        .thenComparing(i -> i.summary().submittedAt(), Comparator.reverseOrder()))
                .map(i -> new Line(i.summary().reference(), i.summary().formTitle(), i.summary().formVersion(),
                        IntakeReader.WHEN.format(i.summary().submittedAt().atZone(zone)), i.summary().urgent(),
                        i.summary().bookingReference(), i.scores().stream().map(IntakeReader::score).toList()))
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
