package app.hearth.booking;

import java.time.Instant;

/**
 * Fired synchronously inside the transaction that changed a booking, so that observers (the mail outbox)
 * write their rows atomically with the change. The manage token is present only when the actor holds it.
 */
public record BookingEvent(Kind kind, Booking booking, String manageToken, Instant previousStart) {

    public enum Kind {
        CREATED, RESCHEDULED, CANCELLED,
        /** Where the call happens changed (the therapist moved their upcoming calls to a new place). */
        RELOCATED,
        /** The call moved to another therapist at the same time (an admin reassigned a leaving therapist's call). */
        REASSIGNED
    }
}
