package app.hearth.availability;

import app.hearth.cluster.CachesChanged;

import java.util.Set;

/**
 * Fired inside a transaction that changes what a therapist offers (hours, time off, policy, profile, active
 * state, or a booking taking or freeing time); observers that cache free slots drop them once it commits, so
 * changes show at once, on every instance (the cached answers named here).
 */
public record AvailabilityChanged(Long therapistId) implements CachesChanged {

    @Override
    public Set<String> caches() {
        return Set.of(SlotAnswerCache.NAME);
    }
}
