package app.hearth.booking;

import app.hearth.availability.AvailabilityChanged;
import app.hearth.availability.BookedTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Answers availability's questions about booked calls from the booking table, and tells availability when
 * a booking takes or frees time (so cached free slots are dropped once the change commits).
 */
@ApplicationScoped
class BookedCalls implements BookedTimes {

    @Inject
    Event<AvailabilityChanged> availabilityChanged;

    void bookingChanged(@Observes BookingEvent event) {
        availabilityChanged.fire(new AvailabilityChanged(event.booking().therapist.id));
    }

    @Override
    public List<Call> confirmedBetween(Long therapistId, Instant from, Instant to) {
        return Booking.activeBetween(therapistId, from, to).stream().map(BookedCalls::call).toList();
    }

    @Override
    public List<Call> confirmedAfter(Long therapistId, Instant after) {
        return Booking.<Booking>list("therapist.id = ?1 and status = ?2 and startAt > ?3 order by startAt",
                therapistId, BookingStatus.CONFIRMED, after).stream().map(BookedCalls::call).toList();
    }

    private static Call call(Booking booking) {
        return new Call(booking.id, booking.reference, booking.startAt, booking.endAt);
    }
}
