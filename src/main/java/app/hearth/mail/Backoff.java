package app.hearth.mail;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th failure waits initial * 2^(n-1), capped, then scaled by a random
 * factor in [0.5, 1] so instances that failed together do not all retry in the same second.
 */
public record Backoff(Duration initial, Duration max) {

    public Duration after(int failedAttempts, RandomGenerator random) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        long millis = Math.min(max.toMillis(), initial.toMillis() << doublings);
        if (millis <= 0 || millis > max.toMillis()) {
            millis = max.toMillis();
        }
        double factor = 0.5 + random.nextDouble() * 0.5;
        return Duration.ofMillis(Math.max(1, Math.round(millis * factor)));
    }
}
