package app.hearth.calendar;

import app.hearth.booking.Booking;
import app.hearth.booking.BookingStatus;
import app.hearth.booking.CallPlans;
import app.hearth.common.HearthConfig;
import app.hearth.mail.Outbox;
import app.hearth.mail.OutgoingMail;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Queues each client's reminder once, a configurable time before the call (24 h by default). A call that is
 * cancelled or moved loses its pending reminder; one changed inside the window gets none, as the client was
 * just written to.
 */
@ApplicationScoped
public class BookingReminders {

    private static final Logger LOG = Logger.getLogger(BookingReminders.class);

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;
    @Inject
    Outbox outbox;
    @Inject
    BookingCalendars calendars;
    @Inject
    CallPlans plans;
    @Location("mail/client.txt")
    Template clientText;
    @Location("mail/client.html")
    Template clientHtml;

    @RunsOnce
    @Scheduled(every = "${hearth.mail.reminder-interval}", delayed = "${hearth.mail.relay.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        queueDue();
    }

    /** Queues the reminders due now; returns how many were queued. */
    int queueDue() {
        Instant now = clock.instant();
        Duration before = config.mail().reminderBefore();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Booking.getEntityManager().createQuery(
                        "select b.id from Booking b where b.status = :confirmed and b.startAt > :now "
                                + "and b.startAt <= :horizon and not exists "
                                + "(select r from BookingReminder r where r.bookingId = b.id) order by b.startAt",
                        Long.class)
                .setParameter("confirmed", BookingStatus.CONFIRMED).setParameter("now", now)
                .setParameter("horizon", now.plus(before)).setMaxResults(200).getResultList());
        int queued = 0;
        for (Long id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> remind(id, now, before))) {
                    queued++;
                }
            } catch (PersistenceException e) {
                // another instance queued this reminder first; its primary key says so
                LOG.debugf("reminder for booking %d already queued elsewhere", id);
            }
        }
        return queued;
    }

    private boolean remind(Long bookingId, Instant now, Duration before) {
        Booking booking = Booking.findById(bookingId);
        // the same lock every booking change takes, so a concurrent move or cancel cannot slip past this check
        Therapist.lockForBooking(booking.therapist.id);
        Booking.getEntityManager().refresh(booking);
        if (booking.status != BookingStatus.CONFIRMED || !booking.startAt.isAfter(now)
                || BookingReminder.findById(bookingId) != null) {
            return false;
        }
        BookingReminder mark = new BookingReminder();
        mark.bookingId = booking.id;
        mark.startAt = booking.startAt;
        mark.queuedAt = now;
        mark.persistAndFlush();
        if (booking.updatedAt.isAfter(booking.startAt.minus(before))) {
            // booked or moved inside the window: the confirmation is fresh, a reminder would only repeat it
            return false;
        }
        ZoneId zone = booking.clientZone();
        BookingMail model = new BookingMail(BookingMail.Kind.REMINDER, config.practiceName(), booking.therapist.name,
                null, CallTimes.span(booking.startAt, booking.endAt, zone), null, booking.reference, null,
                config.publicUrl("/"), plans.locationOf(booking), plans.intakeUrl(booking).orElse(null));
        outbox.enqueue(new OutgoingMail(booking.clientEmail, booking.clientName,
                "Reminder: discovery call with " + booking.therapist.name + ", " + CallTimes.brief(booking.startAt, zone),
                clientText.data("m", model).render(), clientHtml.data("m", model).render(), null,
                reference(booking), booking.clientEmail));
        return true;
    }

    /** Called in the transaction that moves or cancels a booking: the old reminder must never go out. */
    void forget(Booking booking) {
        outbox.withdraw(reference(booking));
        BookingReminder.delete("bookingId", booking.id);
    }

    private static String reference(Booking booking) {
        return booking.reference + "/client/reminder";
    }
}
