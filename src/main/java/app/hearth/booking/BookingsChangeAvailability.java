package app.hearth.booking;

import app.hearth.availability.AvailabilityChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A booking made, moved or cancelled changes which times are free: this tells availability so, inside the same
 * transaction, so its slot cache forgets once the change commits. Availability never has to know bookings.
 */
@ApplicationScoped
class BookingsChangeAvailability {

    @Inject
    Event<AvailabilityChanged> availabilityChanged;

    void bookingChanged(@Observes BookingEvent event) {
        availabilityChanged.fire(new AvailabilityChanged(event.booking().therapist.id));
    }
}
