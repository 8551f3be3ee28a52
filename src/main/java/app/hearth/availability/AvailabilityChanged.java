package app.hearth.availability;

/**
 * Fired inside a transaction that changes what a therapist offers (hours, time off, policy, profile or
 * active state); observers that cache free slots drop them once it commits, so changes show at once.
 */
public record AvailabilityChanged(Long therapistId) {
}
