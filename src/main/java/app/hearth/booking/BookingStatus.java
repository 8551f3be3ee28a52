package app.hearth.booking;

/** A booking keeps one reference for its whole life; only its status and time change. */
public enum BookingStatus {
    CONFIRMED, CANCELLED
}
