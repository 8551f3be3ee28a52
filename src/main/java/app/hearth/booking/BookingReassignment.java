package app.hearth.booking;

import app.hearth.availability.AvailabilityService;
import app.hearth.availability.SlotEngine.Verdict;
import app.hearth.common.ConflictException;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Hands a leaving therapist's upcoming call to a colleague at the same time. The colleague must be free then by the
 * same slot engine that answers the booking page, checked under the lock every booking change takes; the database's
 * no-double-booking guards decide a race. The client and the colleague are mailed through the usual booking event.
 */
@ApplicationScoped
public class BookingReassignment {

    private static final Logger LOG = Logger.getLogger(BookingReassignment.class);

    @Inject
    Clock clock;
    @Inject
    AvailabilityService availability;
    @Inject
    CallPlans plans;
    @Inject
    Event<BookingEvent> events;

    /** A colleague who could take a call. */
    public record Colleague(long id, String name) {
    }

    /** The other active therapists free at this booking's time, by name; none for a past or cancelled call. */
    public List<Colleague> freeColleagues(Long therapistId, String reference) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Booking booking = own(therapistId, reference);
            Instant now = clock.instant();
            if (!booking.isActive() || !booking.startAt.isAfter(now)) {
                return List.<Colleague>of();
            }
            return Therapist.<Therapist>list("active = true and id <> ?1 order by name, id", therapistId).stream()
                    .filter(t -> availability.verdict(t, booking.startAt, now, null) == Verdict.FREE)
                    .map(t -> new Colleague(t.id, t.name)).toList();
        });
    }

    /** Moves the call to the colleague, in one transaction; refused (409) when they are no longer free. */
    public void reassign(Long therapistId, String reference, Long colleagueId) {
        if (colleagueId == null || colleagueId.equals(therapistId)) {
            throw new InvalidInputException("therapist", "must be a colleague who is free at that time");
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                // both therapists' rows, the lower id first, so two reassignments between a pair cannot deadlock
                Therapist.lockForBooking(Math.min(therapistId, colleagueId));
                Therapist.lockForBooking(Math.max(therapistId, colleagueId));
                Booking booking = own(therapistId, reference);
                Booking.getEntityManager().refresh(booking);
                Therapist colleague = Therapist.findById(colleagueId);
                if (colleague == null || !colleague.active) {
                    throw new InvalidInputException("therapist", "must be a colleague who is free at that time");
                }
                Instant now = clock.instant();
                if (!booking.isActive()) {
                    throw new ConflictException("booking-cancelled", "This booking was cancelled.");
                }
                if (!booking.startAt.isAfter(now)) {
                    throw new ConflictException("booking-past", "This call has already started or taken place.");
                }
                if (availability.verdict(colleague, booking.startAt, now, null) != Verdict.FREE) {
                    throw new SlotTakenException();
                }
                booking.reassignTo(colleague, now);
                // the call happens the way its new therapist holds calls (their phone, room or address)
                plans.place(booking, colleague);
                Booking.flush();
                events.fire(new BookingEvent(BookingEvent.Kind.REASSIGNED, booking, null, null));
                LOG.infof("booking %s reassigned to therapist %s", booking.reference, colleague.slug);
            });
        } catch (PersistenceException e) {
            throw SlotTakenException.orFailure(e);
        }
    }

    private static Booking own(Long therapistId, String reference) {
        return Booking.ofTherapist(therapistId, reference)
                .orElseThrow(() -> new NotFoundException("This therapist has no booking with that reference."));
    }
}
