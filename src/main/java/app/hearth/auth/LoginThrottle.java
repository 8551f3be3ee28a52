package app.hearth.auth;

import app.hearth.limits.Limit;
import app.hearth.limits.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Slows password guessing with shared rate limits, one per account email and one per client address. Each sign-in
 * attempt takes from both up front (so parallel guesses cannot slip through), a successful one gives it back, and
 * an empty allowance answers 429 with the wait until the next attempt. Unknown emails are counted exactly as real
 * ones, so the throttle reveals nothing about which accounts exist.
 */
@ApplicationScoped
class LoginThrottle {

    /** Failures allowed per email before it is slowed to one attempt every three minutes. */
    static final int PER_ACCOUNT = 5;
    /** Failures allowed per client address (an office behind one address has room for typos). */
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Limit ACCOUNT = new Limit("sign-in-account", PER_ACCOUNT, WINDOW);
    static final Limit ADDRESS = new Limit("sign-in-address", PER_ADDRESS, WINDOW);

    @Inject
    RateLimits limits;

    /** One attempt's claim on both allowances; report how it ended. */
    public final class Attempt {
        private final String account;
        private final String address;

        private Attempt(String account, String address) {
            this.account = account;
            this.address = address;
        }

        public void succeeded() {
            limits.giveBack(ACCOUNT, account);
            limits.giveBack(ADDRESS, address);
        }
    }

    public Attempt begin(String email, String clientAddress) {
        limits.check(ADDRESS, clientAddress);
        String account = User.normalizeEmail(email);
        limits.check(ACCOUNT, account);
        return new Attempt(account, clientAddress);
    }
}
