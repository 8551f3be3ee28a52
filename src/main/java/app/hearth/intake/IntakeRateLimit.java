package app.hearth.intake;

import app.hearth.limits.Limit;
import app.hearth.limits.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Slows down anyone writing intake data in bulk (drafts and submissions are stored, so a flood would fill the
 * database): a burst of 30 writes per address and form, refilled over ten minutes. Generous for a person.
 */
@ApplicationScoped
class IntakeRateLimit {

    static final int CAPACITY = 30;
    static final Limit WRITES = new Limit("intake-writes", CAPACITY, Duration.ofMinutes(10));

    @Inject
    RateLimits limits;

    /** Counts one write by this address to this form (or to drafts); throws 429 with Retry-After when over. */
    public void check(String address, String scope) {
        limits.check(WRITES, address + "|" + scope);
    }
}
