package app.hearth.booking;

import java.time.Instant;
import java.util.List;

/**
 * A booking as its therapist's workspace shows it: the client's details (phone and message opened through the
 * booking seal), how it was booked, and its history.
 */
public record StaffBookingView(Long id, String reference, BookingStatus status, Instant start, Instant end,
                               String clientTimezone, String clientName, String clientEmail, String phone,
                               String message, boolean detailsUnreadable, boolean bookedViaAny, String cancelReason,
                               Instant createdAt, int sequence, List<Change> history) {

    /** One step of the booking's life: what happened, who did it, when, and the call's time then. */
    public record Change(BookingEvent.Kind kind, String actor, Instant at, Instant start, Instant previousStart) {
    }

    public boolean active() {
        return status == BookingStatus.CONFIRMED;
    }

    static StaffBookingView of(Booking b, BookingSeal.Details details, List<BookingChange> changes) {
        return new StaffBookingView(b.id, b.reference, b.status, b.startAt, b.endAt, b.clientTimezone, b.clientName,
                b.clientEmail, details.phone(), details.message(), Boolean.TRUE.equals(details.unreadableFlag()),
                b.bookedViaAny, b.cancelReason, b.createdAt, b.sequence,
                changes.stream().map(c -> new Change(c.kind, c.actor, c.changedAt, c.startAt, c.previousStartAt))
                        .toList());
    }
}
