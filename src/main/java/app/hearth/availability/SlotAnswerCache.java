package app.hearth.availability;

import app.hearth.common.BriefCache;
import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Serialized free-slot answers, kept for hearth.cache.ttl (2 s by default), so a burst of visitors costs
 * one computation instead of four queries each. A committed booking or availability change on this instance empties it at once;
 * changes made through another instance show within the TTL. A stale slot can never be double-booked: booking
 * re-checks the slot under the therapist's lock and answers 409.
 */
@ApplicationScoped
class SlotAnswerCache {

    private final BriefCache<byte[]> answers;

    @Inject
    SlotAnswerCache(HearthConfig config) {
        this(new BriefCache<>(config.cache().ttl()));
    }

    SlotAnswerCache(BriefCache<byte[]> answers) {
        this.answers = answers;
    }

    public byte[] answer(String key, Supplier<byte[]> compute) {
        return answers.get(key, compute);
    }

    public void invalidate() {
        answers.invalidate();
    }

    void availabilityChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AvailabilityChanged event) {
        invalidate();
    }
}
