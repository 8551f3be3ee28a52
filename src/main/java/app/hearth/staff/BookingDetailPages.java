package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.availability.AvailabilityService;
import app.hearth.availability.Slot;
import app.hearth.booking.StaffBookingView;
import app.hearth.booking.TherapistBookingService;
import app.hearth.common.ConflictException;
import app.hearth.common.InvalidInputException;
import app.hearth.intake.IntakeReading;
import app.hearth.mail.Outbox;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One booking of the signed-in therapist: the client's details, both zones' times, history, mail delivery and
 * intake, and the cancel and move actions, each confirmed on a second page before anything changes.
 */
@Path("/staff/bookings/{reference}")
@Produces(MediaType.TEXT_HTML)
public class BookingDetailPages {

    /** How far ahead a booking may be moved from this page. */
    static final Duration MOVE_WINDOW = Duration.ofDays(14);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.CANADA);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.CANADA);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    TherapistBookingService bookings;
    @Inject
    IntakeReading intakes;
    @Inject
    AvailabilityService availability;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    StaffGate gate;

    record Line(String what, String by, String when) {
    }

    record Mail(String what, String state, String when) {
    }

    record Detail(StaffBookingView booking, String therapistTime, String clientTime, String therapistZone,
                  boolean changeable, List<Line> history, List<Mail> mails, String intakeReference) {
    }

    record Choice(String start, String label) {
    }

    record MoveDay(String heading, List<Choice> choices) {
    }

    /** What a confirmation page asks: the action, its fields carried over, and what it will do. */
    record Confirm(String action, String question, String reason, String start, String button) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(StaffPage page, Detail detail);

        static native TemplateInstance move(StaffPage page, Detail detail, List<MoveDay> days);

        static native TemplateInstance confirm(StaffPage page, Detail detail, Confirm confirm);
    }

    @GET
    public TemplateInstance detail(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("reference") String reference,
                                   @QueryParam("done") String done) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Therapist therapist = gate.therapist(session);
        Detail detail = load(therapist, reference);
        StaffPage page = gate.page("Call " + reference, session);
        if ("cancelled".equals(done)) {
            page = page.withNotice("The call is cancelled; the client has been sent the cancellation.");
        } else if ("moved".equals(done)) {
            page = page.withNotice("The call has moved; the client has been sent the updated invitation.");
        }
        return Templates.detail(page, detail);
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("reference") String reference,
                           @FormParam("formToken") String formToken, @FormParam("reason") String reason,
                           @FormParam("confirmed") String confirmed) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        Therapist therapist = gate.therapist(session);
        Detail detail = load(therapist, reference);
        String cleaned = reason == null ? "" : reason.replaceAll("\\p{Cc}", " ").strip();
        StaffPage page = gate.page("Cancel call " + reference, session);
        if (cleaned.length() > 1000) {
            page = page.withErrors(List.of(new StaffPage.FieldError("reason", "Reason", "Please keep it under 1000 characters.")));
            return Response.status(400).entity(Templates.detail(page, detail)).build();
        }
        if (!"yes".equals(confirmed)) {
            return Response.ok(Templates.confirm(page, detail, new Confirm("cancel",
                    "Cancel the call with " + detail.booking().clientName() + " on " + detail.therapistTime() + "?",
                    cleaned, null, "Yes, cancel the call"))).build();
        }
        try {
            bookings.cancel(therapist.id, reference, cleaned);
        } catch (ConflictException refused) {
            return refused(session, detail, refused.getMessage());
        }
        return StaffGate.seeOther("/staff/bookings/" + reference + "?done=cancelled");
    }

    @GET
    @Path("move")
    public TemplateInstance movePage(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("reference") String reference) {
        StaffSessions.Current session = gate.signedIn(cookie);
        Therapist therapist = gate.therapist(session);
        Detail detail = load(therapist, reference);
        return Templates.move(gate.page("Move call " + reference, session), detail, choices(therapist, detail));
    }

    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@CookieParam(StaffGate.COOKIE) String cookie, @PathParam("reference") String reference,
                         @FormParam("formToken") String formToken, @FormParam("start") String start,
                         @FormParam("confirmed") String confirmed) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        Therapist therapist = gate.therapist(session);
        Detail detail = load(therapist, reference);
        Instant chosen = parse(start);
        StaffPage page = gate.page("Move call " + reference, session);
        if (chosen == null) {
            page = page.withErrors(List.of(new StaffPage.FieldError("slots", "New time", "Choose one of the free times.")));
            return Response.status(400).entity(Templates.move(page, detail, choices(therapist, detail))).build();
        }
        if (!"yes".equals(confirmed)) {
            String label = WHEN.format(chosen.atZone(therapist.zone())) + " " + therapist.timezone;
            return Response.ok(Templates.confirm(page, detail, new Confirm("move",
                    "Move the call with " + detail.booking().clientName() + " from " + detail.therapistTime() + " to "
                            + label + "?", null, start, "Yes, move the call"))).build();
        }
        try {
            bookings.move(therapist.id, reference, chosen);
        } catch (InvalidInputException | ConflictException refused) {
            String why = refused instanceof InvalidInputException
                    ? "That time is no longer free. Please choose another." : refused.getMessage();
            page = page.withErrors(List.of(new StaffPage.FieldError("slots", "New time", why)));
            return Response.status(409).entity(Templates.move(page, detail, choices(therapist, detail))).build();
        }
        return StaffGate.seeOther("/staff/bookings/" + reference + "?done=moved");
    }

    private Response refused(StaffSessions.Current session, Detail detail, String why) {
        StaffPage page = gate.page("Call " + detail.booking().reference(), session)
                .withErrors(List.of(new StaffPage.FieldError("reason", "Cancel", why)));
        return Response.status(409).entity(Templates.detail(page, detail)).build();
    }

    private Detail load(Therapist therapist, String reference) {
        StaffBookingView booking = bookings.detail(therapist.id, reference);
        ZoneId zone = therapist.zone();
        ZoneId clientZone = ZoneId.of(booking.clientTimezone());
        List<Line> history = new ArrayList<>();
        for (StaffBookingView.Change change : booking.history()) {
            String what = switch (change.kind()) {
                case CREATED -> "Booked for " + WHEN.format(change.start().atZone(zone));
                case RESCHEDULED -> "Moved from " + (change.previousStart() == null ? "an earlier time"
                        : WHEN.format(change.previousStart().atZone(zone))) + " to " + WHEN.format(change.start().atZone(zone));
                case CANCELLED -> "Cancelled";
                case RELOCATED -> "Where the call happens changed";
                case REASSIGNED -> "Moved to this therapist from a colleague";
            };
            history.add(new Line(what, change.actor().equals("THERAPIST") ? "you" : change.actor().toLowerCase(),
                    WHEN.format(change.at().atZone(zone))));
        }
        if (history.isEmpty()) {
            // bookings made before the history was kept still show when they were made
            history.add(new Line("Booked", "client", WHEN.format(booking.createdAt().atZone(zone))));
        }
        List<Mail> mails = outbox.deliveries(reference).stream().map(d -> new Mail(d.what().replace('/', ' '),
                d.state().name().toLowerCase(), WHEN.format((d.sentAt() != null ? d.sentAt() : d.queuedAt()).atZone(zone))))
                .toList();
        String intake = QuarkusTransaction.requiringNew().call(() -> intakes.submittedFor(List.of(reference)).get(reference));
        boolean changeable = booking.active() && booking.start().isAfter(clock.instant());
        return new Detail(booking, WHEN.format(booking.start().atZone(zone)) + " " + zone.getId(),
                WHEN.format(booking.start().atZone(clientZone)) + " " + clientZone.getId(), zone.getId(), changeable,
                history, mails, intake);
    }

    private List<MoveDay> choices(Therapist therapist, Detail detail) {
        if (!detail.changeable()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Slot> free = QuarkusTransaction.requiringNew().call(() -> availability.freeForMove(therapist, now,
                now.plus(MOVE_WINDOW), now, detail.booking().id()));
        ZoneId zone = therapist.zone();
        Map<String, List<Choice>> byDay = new LinkedHashMap<>();
        for (Slot slot : free) {
            byDay.computeIfAbsent(DAY.format(slot.start().atZone(zone)), d -> new ArrayList<>())
                    .add(new Choice(slot.start().toString(), HH_MM.format(slot.start().atZone(zone))));
        }
        return byDay.entrySet().stream().map(e -> new MoveDay(e.getKey(), e.getValue())).toList();
    }

    private static Instant parse(String start) {
        if (start == null || start.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(start);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
