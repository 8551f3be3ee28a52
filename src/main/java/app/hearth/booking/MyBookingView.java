package app.hearth.booking;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A booking as its therapist sees it: who, when, in which zone the client lives, and its state. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyBookingView(String reference, BookingStatus status, Instant start, Instant end, String clientTimezone,
                            BookingView.Client client, String message, String cancelReason, String cancelledBy,
                            Instant cancelledAt) {

    static MyBookingView of(Booking b) {
        return new MyBookingView(b.reference, b.status, b.startAt, b.endAt, b.clientTimezone,
                new BookingView.Client(b.clientName, b.clientEmail, b.clientPhone), b.message, b.cancelReason,
                b.cancelledBy, b.cancelledAt);
    }
}
