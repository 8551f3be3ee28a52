package app.hearth.availability;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Serialized free-slot answers in the bounded "slot-answers" cache, kept for hearth.cache.ttl (2 s by default), so a
 * burst of visitors costs one computation instead of four queries each. Every committed change to what is free
 * (hours, time off, bookings: booking reports its changes as {@link AvailabilityChanged}) empties it on this
 * instance, and cluster.CacheNotices empties it on the others at the same commit (the TTL is only a safety net).
 * A stale slot can never be double-booked: booking re-checks the slot under the therapist's lock and answers 409.
 */
@ApplicationScoped
class SlotAnswerCache {

    static final String NAME = "slot-answers";

    @Inject
    @CacheName(NAME)
    Cache answers;

    /** The kept answer, or a fresh one; a failure passes through and is not kept. */
    byte[] answer(String key, Supplier<byte[]> compute) {
        return answers.<String, byte[]>get(key, k -> compute.get()).await().indefinitely();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AvailabilityChanged event) {
        answers.invalidateAll().await().indefinitely();
    }
}
