package app.hearth.intake;

import app.hearth.common.TooManyRequestsException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down anyone writing intake data in bulk (drafts and submissions are stored, so a flood would fill the
 * database): a burst of 30 writes per address and form, refilled over ten minutes. Generous for a person.
 */
@ApplicationScoped
public class IntakeRateLimit {

    static final int CAPACITY = 30;
    static final Duration REFILL = Duration.ofMinutes(10);

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Counts one write by this address to this form (or to drafts); throws 429 with Retry-After when over. */
    public void check(String address, String scope) {
        Bucket bucket = buckets.computeIfAbsent(address + "|" + scope, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(CAPACITY).refillGreedy(CAPACITY, REFILL).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Forgets addresses whose allowance is whole again, so the map holds only recent writers. */
    @Scheduled(every = "10m", identity = "intake-rate-limit-cleanup")
    void forgetIdle() {
        buckets.values().removeIf(b -> b.getAvailableTokens() >= CAPACITY);
    }
}
