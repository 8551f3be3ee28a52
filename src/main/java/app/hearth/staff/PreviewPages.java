package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.availability.AvailabilityService;
import app.hearth.availability.AvailabilityService.DayPreview;
import app.hearth.availability.ClosedReason;
import app.hearth.availability.SlotEngine.Quarter;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Why no slots": the next 14 days as a client sees them, from the engine's own explanation of every quarter-hour, so
 * the free times here are the ones /api/slots answers and each closed one says why.
 */
@Path("/staff/availability/preview")
@Produces(MediaType.TEXT_HTML)
public class PreviewPages {

    static final int DAYS = 14;
    /** A day with fewer free times than this opens its explanation by default. */
    static final int FEW = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.CANADA);

    @Inject
    StaffGate gate;
    @Inject
    AvailabilityService availability;
    @Inject
    Clock clock;

    /** Consecutive quarter-hours closed for one reason. */
    record Closed(String from, String until, String reason, String code) {
    }

    record Day(String id, String heading, List<String> free, List<Closed> closed, boolean few) {
    }

    record Preview(String timezone, boolean offered, List<Day> days) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(StaffPage page, Preview preview);
    }

    @GET
    public TemplateInstance preview(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Therapist therapist = gate.therapist(session);
        Instant now = clock.instant();
        LocalDate today = now.atZone(therapist.zone()).toLocalDate();
        List<DayPreview> explained = QuarkusTransaction.requiringNew().call(() ->
                availability.preview(therapist, today, DAYS, now));
        boolean offered = therapist.active && therapist.acceptingNewClients;
        List<Day> days = explained.stream().map(d -> day(d, offered)).toList();
        return Templates.preview(gate.page("What clients see", session),
                new Preview(therapist.timezone, offered, days));
    }

    private static Day day(DayPreview preview, boolean offered) {
        List<String> free = new ArrayList<>();
        List<Closed> closed = new ArrayList<>();
        Quarter runStart = null;
        Quarter last = null;
        for (Quarter q : preview.quarters()) {
            if (q.reason() == ClosedReason.FREE && offered) {
                free.add(q.local().toString());
            }
            if (runStart != null && (q.reason() != runStart.reason() || !q.local().equals(last.local().plusMinutes(15)))) {
                closed.add(run(runStart, last));
                runStart = null;
            }
            if (runStart == null && q.reason() != ClosedReason.FREE) {
                runStart = q;
            }
            last = q;
        }
        if (runStart != null) {
            closed.add(run(runStart, last));
        }
        return new Day("preview-" + preview.date(), DAY.format(preview.date()), free, closed, free.size() < FEW);
    }

    private static Closed run(Quarter first, Quarter last) {
        return new Closed(first.local().toString(), last.local().plusMinutes(15).toString(), first.reason().text(),
                first.reason().name());
    }
}
