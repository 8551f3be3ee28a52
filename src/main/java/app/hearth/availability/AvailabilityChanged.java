package app.hearth.availability;

/**
 * Fired inside a transaction that changes what a therapist offers (hours, time off, policy, profile, active
 * state, or a booking taking or freeing time); observers that cache free slots drop them once it commits, so
 * changes show at once.
 */
public record AvailabilityChanged(Long therapistId) {
}
