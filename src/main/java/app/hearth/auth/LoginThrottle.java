package app.hearth.auth;

import app.hearth.common.Secrets;
import app.hearth.common.TooManyRequestsException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing with Bucket4j token buckets, one per account email and one per client address.
 * Each sign-in attempt takes a token up front (so parallel guesses cannot slip through), a successful one
 * gives it back, and an empty bucket answers 429 with the wait until the next token. Buckets exist for
 * unknown emails exactly as for real ones, so the throttle reveals nothing about which accounts exist.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failures allowed per email before it is slowed to one attempt every three minutes. */
    static final int PER_ACCOUNT = 5;
    /** Failures allowed per client address (an office behind one address has room for typos). */
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    /** One attempt's claim on both allowances; report how it ended. */
    public record Attempt(Bucket account, Bucket address) {
        public void succeeded() {
            account.addTokens(1);
            address.addTokens(1);
        }
    }

    public Attempt begin(String email, String clientAddress) {
        Bucket address = addresses.computeIfAbsent(clientAddress, k -> bucket(PER_ADDRESS));
        take(address);
        // the key is a hash: the throttle keeps no readable email addresses in memory
        Bucket account = accounts.computeIfAbsent(Secrets.hash(User.normalizeEmail(email)), k -> bucket(PER_ACCOUNT));
        take(account);
        return new Attempt(account, address);
    }

    private static void take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW)).build();
    }

    /** A full bucket remembers nothing, so it can go; this keeps memory bounded by recent failures. */
    @Scheduled(every = "10m", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetFullBuckets() {
        accounts.values().removeIf(b -> b.getAvailableTokens() >= PER_ACCOUNT);
        addresses.values().removeIf(b -> b.getAvailableTokens() >= PER_ADDRESS);
    }
}
