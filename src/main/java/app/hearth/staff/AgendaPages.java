package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import app.hearth.booking.BookingStatus;
import app.hearth.booking.MyBookingView;
import app.hearth.booking.TherapistBookingService;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The staff landing page: the signed-in therapist's confirmed calls of the next four weeks, in their own zone. */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class AgendaPages {

    static final Duration AHEAD = Duration.ofDays(28);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, h:mm a", Locale.CANADA);

    @Inject
    StaffGate gate;
    @Inject
    StaffPages pages;
    @Inject
    TherapistBookingService bookings;
    @Inject
    Clock clock;

    /**
     * One call as the agenda lists it; the client's name only (no contact details on the overview), how it happens
     * and whether the client's intake form has arrived.
     */
    record Call(String reference, String when, String clientName, String how, boolean intakeDone) {
    }

    /** Whose agenda, in which zone; {@code therapist} false for an admin with no therapist profile. */
    record Agenda(boolean therapist, String timezone, List<Call> calls) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agenda(StaffPage page, Agenda agenda);
    }

    @GET
    public TemplateInstance agenda(@CookieParam(StaffGate.COOKIE) String cookie) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Instant now = clock.instant();
        Agenda agenda = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(session.userId());
            if (user.therapist == null) {
                return new Agenda(false, null, List.of());
            }
            ZoneId zone = ZoneId.of(user.therapist.timezone);
            List<Call> calls = bookings.between(user.therapist.id, now, now.plus(AHEAD)).stream()
                    .filter(b -> b.status() == BookingStatus.CONFIRMED)
                    .map(b -> call(b, zone)).toList();
            return new Agenda(true, zone.getId(), calls);
        });
        return Templates.agenda(pages.signedIn("Agenda", session), agenda);
    }

    private static Call call(MyBookingView booking, ZoneId zone) {
        return new Call(booking.reference(), WHEN.format(booking.start().atZone(zone)), booking.client().name(),
                booking.location() == null ? "" : booking.location().label(), booking.intakeDone());
    }
}
