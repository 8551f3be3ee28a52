package app.hearth.booking;

import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.List;

/** A therapist's view of their own bookings; a booking of anyone else is simply not found. */
@ApplicationScoped
public class TherapistBookingService {

    /** Which of a therapist's bookings an agenda list shows. */
    public enum Shown {
        UPCOMING, PAST, CANCELLED
    }

    @Inject
    BookingService bookings;
    @Inject
    BookingSeal seal;
    @Inject
    CallPlans plans;

    public List<MyBookingView> between(Long therapistId, Instant from, Instant to) {
        return Booking.<Booking>list("therapist.id = ?1 and startAt >= ?2 and startAt < ?3 order by startAt",
                therapistId, from, to).stream().map(b -> MyBookingView.of(b, seal.open(b), plans)).toList();
    }

    /** Confirmed calls starting in [from, to), earliest first; one indexed query, nothing unsealed. */
    public List<AgendaEntry> confirmedBetween(Long therapistId, Instant from, Instant to) {
        return Booking.find("therapist.id = ?1 and startAt >= ?2 and startAt < ?3 and status = ?4 order by startAt",
                therapistId, from, to, BookingStatus.CONFIRMED).project(AgendaEntry.class).list();
    }

    /** One agenda list, at most {@code limit} entries: upcoming soonest first, past and cancelled latest first. */
    public List<AgendaEntry> list(Long therapistId, Shown shown, Instant now, int limit) {
        var query = switch (shown) {
            case UPCOMING -> Booking.find("therapist.id = ?1 and startAt >= ?2 and status = ?3 order by startAt",
                    therapistId, now, BookingStatus.CONFIRMED);
            case PAST -> Booking.find("therapist.id = ?1 and startAt < ?2 and status = ?3 order by startAt desc",
                    therapistId, now, BookingStatus.CONFIRMED);
            case CANCELLED -> Booking.find("therapist.id = ?1 and status = ?2 order by startAt desc",
                    therapistId, BookingStatus.CANCELLED);
        };
        return query.project(AgendaEntry.class).page(0, limit).list();
    }

    /** The therapist's own booking with its details and history; anyone else's is not found. */
    public StaffBookingView detail(Long therapistId, String reference) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Booking booking = own(therapistId, reference);
            return StaffBookingView.of(booking, seal.open(booking), BookingChange.of(booking.id));
        });
    }

    /** Cancels as the therapist: the client is told through the usual booking event (and its mail). */
    public MyBookingView cancel(Long therapistId, String reference, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Therapist.lockForBooking(therapistId);
            Booking booking = own(therapistId, reference);
            Booking.getEntityManager().refresh(booking);
            bookings.cancel(booking, reason == null || reason.isBlank() ? null : reason.strip(), "THERAPIST", null);
            return MyBookingView.of(booking, seal.open(booking), plans);
        });
    }

    /**
     * Moves as the therapist to a start the slot engine offers; the client gets the updated invitation through the
     * booking event. Moving to the time it already has changes nothing.
     */
    public void move(Long therapistId, String reference, Instant start) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Therapist.lockForBooking(therapistId);
                Booking booking = own(therapistId, reference);
                Booking.getEntityManager().refresh(booking);
                bookings.move(booking, start, null);
            });
        } catch (PersistenceException e) {
            throw SlotTakenException.orFailure(e);
        }
    }

    private static Booking own(Long therapistId, String reference) {
        return Booking.ofTherapist(therapistId, reference)
                .orElseThrow(() -> new NotFoundException("You have no booking with that reference."));
    }
}
