package app.hearth.limits;

import io.github.bucket4j.BucketConfiguration;

import java.time.Duration;

/**
 * One named allowance: {@code capacity} actions, refilled evenly over {@code period}. The name keeps different
 * limits on the same subject (an address, an account) apart.
 */
public record Limit(String name, int capacity, Duration period) {

    public Limit {
        if (name.isBlank() || capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a limit needs a name, a positive capacity and a positive period");
        }
    }

    BucketConfiguration bucket() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }
}
