package app.hearth.booking;

import app.hearth.meeting.Location;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A booking as its therapist sees it: who, when, where, in which zone the client lives, its state and intake. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyBookingView(String reference, BookingStatus status, Instant start, Instant end, String clientTimezone,
                            BookingView.Client client, String message, String cancelReason, String cancelledBy,
                            Instant cancelledAt, Boolean detailsUnreadable, Location location, boolean intakeDone) {

    static MyBookingView of(Booking b, BookingSeal.Details details, CallPlans plans) {
        return new MyBookingView(b.reference, b.status, b.startAt, b.endAt, b.clientTimezone,
                new BookingView.Client(b.clientName, b.clientEmail, details.phone()), details.message(),
                b.cancelReason, b.cancelledBy, b.cancelledAt, details.unreadableFlag(), plans.locationOf(b),
                plans.intakeDone(b));
    }
}
