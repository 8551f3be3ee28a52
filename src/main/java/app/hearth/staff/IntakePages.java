package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.IntakeApi.IntakeSummary;
import app.hearth.intake.IntakeReading;
import app.hearth.intake.Screening;
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
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The intakes linked to the signed-in therapist's bookings, urgent ones first, and the reader. Opening one goes
 * through IntakeReading, which writes the audit entry in the same transaction; staff pages are never cached.
 */
@Path("/staff/intakes")
@Produces(MediaType.TEXT_HTML)
public class IntakePages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.CANADA);

    @Inject
    StaffGate gate;
    @Inject
    StaffPages pages;
    @Inject
    IntakeReading intakes;

    record Line(String reference, String form, int version, String submitted, boolean urgent, String booking) {
    }

    record Score(String instrument, int total, int max, String band) {
    }

    record Answer(String section, String question, String text) {
    }

    record Reader(String reference, String form, int version, String submitted, boolean urgent, String booking,
                  List<Score> scores, List<Answer> answers, String timezone) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(StaffPage page, List<Line> intakes, String timezone);

        static native TemplateInstance reader(StaffPage page, Reader intake);
    }

    @GET
    public TemplateInstance list(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Therapist therapist = pages.therapist(session);
        ZoneId zone = therapist.zone();
        List<Line> lines = intakes.forTherapist(therapist.id).stream()
                .sorted(Comparator.comparing(IntakeSummary::urgent).reversed()
                        .thenComparing(IntakeSummary::submittedAt, Comparator.reverseOrder()))
                .map(s -> new Line(s.reference(), s.formTitle(), s.formVersion(), WHEN.format(s.submittedAt().atZone(zone)),
                        s.urgent(), s.bookingReference()))
                .toList();
        return Templates.list(pages.signedIn("Intakes", session), lines, zone.getId());
    }

    @GET
    @Path("{reference}")
    public TemplateInstance read(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("reference") String reference) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Therapist therapist = pages.therapist(session);
        IntakeDetail detail = intakes.readAsTherapist(reference, therapist.id, session.userId());
        ZoneId zone = therapist.zone();
        List<Score> scores = detail.screening().stream().map(IntakePages::score).toList();
        List<Answer> answers = detail.answers().stream().map(a -> new Answer(a.section(), a.label(), text(a.answer())))
                .toList();
        return Templates.reader(pages.signedIn("Intake " + detail.reference(), session), new Reader(detail.reference(),
                detail.formTitle(), detail.formVersion(), WHEN.format(detail.submittedAt().atZone(zone)), detail.urgent(),
                detail.bookingReference(), scores, answers, zone.getId()));
    }

    private static Score score(Screening.Score s) {
        String name = s.instrument() == Screening.Instrument.PHQ9 ? "PHQ-9" : "GAD-7";
        String band = s.severity().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return new Score(name, s.total(), s.instrument().maxTotal(), band);
    }

    /** An answer as text: choices joined, a consent record by what was agreed. */
    private static String text(Object answer) {
        if (answer instanceof Collection<?> many) {
            return String.join(", ", many.stream().map(String::valueOf).toList());
        }
        if (answer instanceof Map<?, ?> record) {
            return record.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .reduce((a, b) -> a + "; " + b).orElse("");
        }
        return String.valueOf(answer);
    }
}
