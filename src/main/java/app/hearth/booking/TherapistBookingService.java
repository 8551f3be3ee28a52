package app.hearth.booking;

import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** A therapist's view of their own bookings; a booking of anyone else is simply not found. */
@ApplicationScoped
public class TherapistBookingService {

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

    /** Cancels as the therapist: the client is told through the usual booking event (and its mail). */
    public MyBookingView cancel(Long therapistId, String reference, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Therapist.lockForBooking(therapistId);
            Booking booking = Booking.<Booking>find("reference = ?1 and therapist.id = ?2", reference, therapistId)
                    .firstResultOptional()
                    .orElseThrow(() -> new NotFoundException("You have no booking with that reference."));
            Booking.getEntityManager().refresh(booking);
            bookings.cancel(booking, reason == null || reason.isBlank() ? null : reason.strip(), "THERAPIST", null);
            return MyBookingView.of(booking, seal.open(booking), plans);
        });
    }
}
