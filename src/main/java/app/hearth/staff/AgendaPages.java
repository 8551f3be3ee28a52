package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import app.hearth.availability.AvailabilityService;
import app.hearth.booking.AgendaEntry;
import app.hearth.booking.BookingStatus;
import app.hearth.booking.TherapistBookingService;
import app.hearth.booking.TherapistBookingService.Shown;
import app.hearth.intake.IntakeReading;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staff landing page: the signed-in therapist's week (open hours shaded, time off marked, calls placed by time)
 * and their upcoming, past or cancelled calls, all in the therapist's own zone.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
public class AgendaPages {

    /** How many calls one list shows; the week view reaches any other week. */
    static final int LIST_SIZE = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, h:mm a", Locale.CANADA);

    @Inject
    TherapistBookingService bookings;
    @Inject
    AvailabilityService availability;
    @Inject
    IntakeReading intakes;
    @Inject
    Clock clock;
    @Inject
    StaffGate gate;

    /** One call as the agenda lists it; the client's name only (no contact details on the overview). */
    record Call(String reference, String when, String clientName, boolean cancelled, boolean intakeDone,
                boolean viaAny) {
    }

    /** One tab of the list. */
    record Tab(String name, String label, boolean current) {
    }

    /** Whose agenda, in which zone; {@code therapist} false for an admin with no therapist profile. */
    record Agenda(boolean therapist, String timezone, boolean hasHours, List<Tab> tabs, String shown, List<Call> calls,
                  WeekView.Week week) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agenda(StaffPage page, Agenda agenda);
    }

    @GET
    public TemplateInstance agenda(@CookieParam(StaffGate.COOKIE) String cookie, @QueryParam("show") String show,
                                   @QueryParam("week") String week) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Shown shown = parseShown(show);
        Instant now = clock.instant();
        Agenda agenda = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(session.userId());
            if (user.therapist == null) {
                return new Agenda(false, null, false, List.of(), shown.name(), List.of(), null);
            }
            Therapist therapist = user.therapist;
            ZoneId zone = therapist.zone();
            LocalDate today = now.atZone(zone).toLocalDate();
            LocalDate monday = monday(week, today);
            List<AgendaEntry> inWeek = bookings.confirmedBetween(therapist.id,
                    monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant());
            List<AgendaEntry> listed = bookings.list(therapist.id, shown, now, LIST_SIZE);
            List<String> references = new ArrayList<>();
            inWeek.forEach(c -> references.add(c.reference()));
            listed.forEach(c -> references.add(c.reference()));
            Map<String, String> done = intakes.submittedFor(references);
            List<AvailabilityService.DayHours> hours = availability.hoursBetween(therapist, monday, monday.plusDays(6));
            boolean hasHours = hours.stream().anyMatch(d -> !d.open().isEmpty())
                    || !availability.hoursBetween(therapist, today, today.plusDays(27)).stream()
                    .allMatch(d -> d.open().isEmpty());
            List<Tab> tabs = List.of(new Tab("upcoming", "Upcoming", shown == Shown.UPCOMING),
                    new Tab("past", "Past", shown == Shown.PAST), new Tab("cancelled", "Cancelled", shown == Shown.CANCELLED));
            List<Call> calls = listed.stream().map(b -> new Call(b.reference(), WHEN.format(b.start().atZone(zone)),
                    b.clientName(), b.status() == BookingStatus.CANCELLED, done.containsKey(b.reference()),
                    b.bookedViaAny())).toList();
            return new Agenda(true, zone.getId(), hasHours, tabs, shown.name().toLowerCase(), calls,
                    WeekView.build(monday, today, zone, hours, inWeek, done));
        });
        return Templates.agenda(gate.page("Agenda", session), agenda);
    }

    private static Shown parseShown(String show) {
        if (show == null) {
            return Shown.UPCOMING;
        }
        return switch (show) {
            case "past" -> Shown.PAST;
            case "cancelled" -> Shown.CANCELLED;
            default -> Shown.UPCOMING;
        };
    }

    /** The Monday of the asked week; a missing or unreadable date (or one absurdly far off) means this week. */
    private static LocalDate monday(String week, LocalDate today) {
        LocalDate day = today;
        if (week != null && !week.isBlank()) {
            try {
                LocalDate asked = LocalDate.parse(week);
                if (Math.abs(asked.getYear() - today.getYear()) <= 5) {
                    day = asked;
                }
            } catch (DateTimeException unreadable) {
                day = today;
            }
        }
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }
}
