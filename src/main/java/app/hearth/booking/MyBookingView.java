package app.hearth.booking;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A booking as its therapist sees it: who, when, in which zone the client lives, and its state. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyBookingView(String reference, BookingStatus status, Instant start, Instant end, String clientTimezone,
                            BookingView.Client client, String message, String cancelReason, String cancelledBy,
                            Instant cancelledAt, Boolean detailsUnreadable) {

    static MyBookingView of(Booking b, BookingSeal.Details details) {
        return new MyBookingView(b.reference, b.status, b.startAt, b.endAt, b.clientTimezone,
                new BookingView.Client(b.clientName, b.clientEmail, details.phone()), details.message(),
                b.cancelReason, b.cancelledBy, b.cancelledAt, details.unreadableFlag());
    }
}
