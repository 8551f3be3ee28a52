package app.hearth.calendar;

import app.hearth.booking.Booking;
import app.hearth.booking.BookingEvent;
import app.hearth.booking.CallPlans;
import app.hearth.common.HearthConfig;
import app.hearth.common.MailAddress;
import app.hearth.mail.Outbox;
import app.hearth.mail.OutgoingMail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Queues the mails a booking change causes, in the booking's own transaction: the client's confirmation,
 * reschedule and cancel notices, and the therapist's own invitation and notices when they have an address.
 */
@ApplicationScoped
class BookingNotifications {

    private static final Logger LOG = Logger.getLogger(BookingNotifications.class);

    @Inject
    Outbox outbox;
    @Inject
    BookingCalendars calendars;
    @Inject
    BookingReminders reminders;
    @Inject
    CallPlans plans;
    @Inject
    HearthConfig config;
    @Inject
    Clock clock;
    @Location("mail/client.txt")
    Template clientText;
    @Location("mail/client.html")
    Template clientHtml;
    @Location("mail/therapist.txt")
    Template therapistText;
    @Location("mail/therapist.html")
    Template therapistHtml;

    void onBookingChange(@Observes BookingEvent event) {
        Booking booking = event.booking();
        String manageUrl = event.manageToken() == null ? null : config.publicUrl("/manage/" + event.manageToken());
        BookingMail.Kind kind = switch (event.kind()) {
            case CREATED -> BookingMail.Kind.CONFIRMED;
            case RESCHEDULED -> BookingMail.Kind.RESCHEDULED;
            case CANCELLED -> BookingMail.Kind.CANCELLED;
            case RELOCATED -> BookingMail.Kind.RELOCATED;
            case REASSIGNED -> BookingMail.Kind.REASSIGNED;
        };
        if (event.kind() == BookingEvent.Kind.RESCHEDULED || event.kind() == BookingEvent.Kind.CANCELLED) {
            reminders.forget(booking);
        }
        CallFacts call = calendars.facts(booking, manageUrl);
        toClient(booking, call, kind, event);
        String therapistEmail = booking.therapist.email;
        if (therapistEmail != null && MailAddress.Validator.isValid(therapistEmail)) {
            toTherapist(booking, call, kind, event);
        } else if (therapistEmail != null && !therapistEmail.isBlank()) {
            // a bad stored address must never cost the client their booking
            LOG.warnf("therapist %s has an undeliverable address; no invitation for %s", booking.therapist.slug,
                    booking.reference);
        }
    }

    private void toClient(Booking booking, CallFacts call, BookingMail.Kind kind, BookingEvent event) {
        ZoneId zone = booking.clientZone();
        Recipient client = new Recipient(booking.clientName, booking.clientEmail, zone, Recipient.Audience.CLIENT);
        // the intake invitation rides with the confirmation; the reminder nudges once more if it is still not sent
        String intakeUrl = kind == BookingMail.Kind.CONFIRMED ? plans.intakeUrl(booking).orElse(null) : null;
        BookingMail model = model(kind, booking, null, zone, event, call.manageUrl(), intakeUrl);
        String brief = CallTimes.brief(booking.startAt, zone);
        String subject = switch (kind) {
            case CONFIRMED -> "Confirmed: discovery call with " + booking.therapist.name + ", " + brief;
            case RESCHEDULED -> "Moved: discovery call with " + booking.therapist.name + ", now " + brief;
            case CANCELLED -> "Cancelled: discovery call with " + booking.therapist.name + ", " + brief;
            case RELOCATED -> "Updated: how your discovery call with " + booking.therapist.name + " happens, " + brief;
            case REASSIGNED -> "Updated: your discovery call is now with " + booking.therapist.name + ", " + brief;
            case REMINDER -> throw new IllegalArgumentException("reminders are queued by BookingReminders");
        };
        Calendar invitation = calendars.factory().invitation(call, client, clock.instant());
        outbox.enqueue(new OutgoingMail(booking.clientEmail, booking.clientName, subject,
                clientText.data("m", model).render(), clientHtml.data("m", model).render(),
                IcsText.mailPart(invitation),
                booking.reference + "/client/" + kind.name().toLowerCase() + "/" + booking.sequence,
                booking.clientEmail));
    }

    private void toTherapist(Booking booking, CallFacts call, BookingMail.Kind kind, BookingEvent event) {
        ZoneId zone = booking.therapist.zone();
        Recipient therapist = new Recipient(booking.therapist.name, booking.therapist.email, zone,
                Recipient.Audience.THERAPIST);
        BookingMail model = model(kind, booking, booking.clientName, zone, event, null, null);
        String brief = CallTimes.brief(booking.startAt, zone);
        // the subject is logged when mail is dropped to files, so it names the reference, not the client
        String subject = switch (kind) {
            case CONFIRMED -> "New discovery call " + booking.reference + ", " + brief;
            case RESCHEDULED -> "Moved: discovery call " + booking.reference + ", now " + brief;
            case CANCELLED -> "Cancelled: discovery call " + booking.reference + ", " + brief;
            case RELOCATED -> "Updated: where discovery call " + booking.reference + " happens, " + brief;
            case REASSIGNED -> "New discovery call " + booking.reference + " (from a colleague), " + brief;
            case REMINDER -> throw new IllegalArgumentException("therapists get no reminders");
        };
        Calendar invitation = calendars.factory().invitation(call, therapist, clock.instant());
        outbox.enqueue(new OutgoingMail(booking.therapist.email, booking.therapist.name, subject,
                therapistText.data("m", model).render(), therapistHtml.data("m", model).render(),
                IcsText.mailPart(invitation),
                booking.reference + "/therapist/" + kind.name().toLowerCase() + "/" + booking.sequence,
                booking.clientEmail));
    }

    private BookingMail model(BookingMail.Kind kind, Booking booking, String clientName, ZoneId zone,
                              BookingEvent event, String manageUrl, String intakeUrl) {
        String previous = event.previousStart() == null ? null
                : CallTimes.span(event.previousStart(), event.previousStart().plus(
                        java.time.Duration.between(booking.startAt, booking.endAt)), zone);
        return new BookingMail(kind, config.practiceName(), booking.therapist.name, clientName,
                CallTimes.span(booking.startAt, booking.endAt, zone), previous, booking.reference, manageUrl,
                config.publicUrl("/"), plans.locationOf(booking), intakeUrl);
    }
}
