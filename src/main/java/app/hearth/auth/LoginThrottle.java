package app.hearth.auth;

import app.hearth.limits.Limit;
import app.hearth.limits.RateLimits;
import app.hearth.seal.Sealer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing without handing anyone a way to lock the real user out.
 * <ul>
 * <li>Per client address, a hard limit (shared buckets): an attempt takes from it up front, a success gives it back.
 * <li>Per account, an exponential slow-down counted only from failures after the password check. While it lasts, a
 * password alone is refused with the wait, but the correct password together with a correct second factor always
 * gets through. Unknown emails are counted exactly like real ones, so the answers reveal no account.
 * </ul>
 */
@ApplicationScoped
class LoginThrottle {

    /** Failures per account before each further one doubles the wait. */
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Attempts allowed per client address (an office behind one address has room for typos). */
    static final int PER_ADDRESS = 20;
    static final Limit ADDRESS = new Limit("sign-in-address", PER_ADDRESS, Duration.ofMinutes(15));

    @Inject
    RateLimits limits;
    @Inject
    Sealer sealer;
    @Inject
    Clock clock;

    /** Takes one attempt from the address's allowance (429 when empty); give it back when the attempt succeeds. */
    public void checkAddress(String clientAddress) {
        limits.check(ADDRESS, clientAddress);
    }

    public void addressSucceeded(String clientAddress) {
        limits.giveBack(ADDRESS, clientAddress);
    }

    /** How long a password-only attempt on this account must still wait; zero when it may go ahead. */
    public Duration accountWait(String email) {
        String key = key(email);
        return QuarkusTransaction.requiringNew().call(() -> SignInFailure.<SignInFailure>findByIdOptional(key)
                .map(this::remaining).orElse(Duration.ZERO));
    }

    /** Counts a failed attempt (wrong password or wrong code) against the account. */
    public void failed(String email) {
        String key = key(email);
        Instant now = clock.instant();
        if (bump(key, now)) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                SignInFailure first = new SignInFailure();
                first.accountKey = key;
                first.failures = 1;
                first.lastFailureAt = now;
                first.persist();
            });
        } catch (RuntimeException raced) {
            // another instance counted this account's first failure at the same moment
            bump(key, now);
        }
    }

    /** A complete sign-in forgets the account's failures. */
    public void succeeded(String email) {
        String key = key(email);
        QuarkusTransaction.requiringNew().run(() -> SignInFailure.deleteById(key));
    }

    static Duration waitAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 16);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private Duration remaining(SignInFailure row) {
        Duration left = Duration.between(clock.instant(), row.lastFailureAt.plus(waitAfter(row.failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private boolean bump(String key, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> SignInFailure.update(
                "failures = failures + 1, lastFailureAt = ?1 where accountKey = ?2", now, key) == 1);
    }

    private String key(String email) {
        return sealer.blindIndex("sign-in-account", User.normalizeEmail(email)).substring(0, 64);
    }
}
