package app.hearth.auth;

import app.hearth.audit.AuditLog.Action;
import app.hearth.common.TooManyRequestsException;
import io.micrometer.core.annotation.Counted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/**
 * Checks a sign-in for both the API and the staff pages: password, then the second factor where the account has or
 * needs one. Unknown, inactive and wrong-password cases look the same from outside.
 */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);

    @Inject
    PasswordHasher hasher;
    @Inject
    Clock clock;
    @Inject
    LoginThrottle throttle;
    @Inject
    TotpFactor totp;
    @Inject
    SecondFactorPolicy policy;
    @Inject
    AccountAudit audit;

    /** Who passed, and how far. */
    public record Outcome(long userId, SignInStage stage) {
    }

    /**
     * Checks the password and, when given, a second-factor code (TOTP or recovery code). A wrong password or code
     * counts against the account; while the account is slowed down only the right password with a right code passes.
     */
    // failures only, tagged by exception: InvalidCredentialsException (wrong email or password) or throttled
    @Counted(value = "hearth.logins.failed", recordFailuresOnly = true, description = "Refused sign-ins")
    public Outcome signIn(String email, String password, String code, String clientAddress) {
        throttle.checkAddress(clientAddress);
        Duration wait = throttle.accountWait(email);
        User user = QuarkusTransaction.requiringNew().call(() -> User.findByEmail(email)).filter(u -> u.active).orElse(null);
        // the hash check runs even for an unknown account (against a dummy hash) so timing tells nothing
        boolean passwordMatches = hasher.matches(password, user == null ? null : user.passwordHash);
        boolean codeGiven = code != null && !code.isBlank();
        if (!wait.isZero()) {
            boolean bothRight = passwordMatches && user.hasTotp() && codeGiven && totp.verify(user.id, code);
            if (!bothRight) {
                if (!passwordMatches || codeGiven) {
                    throttle.failed(email);
                }
                LOG.infof("sign-in slowed down%s", user == null ? "" : " for user " + user.id);
                if (user != null) {
                    audit.record(user.id, Action.SIGN_IN_REFUSED, "slowed down after repeated failures");
                }
                throw new TooManyRequestsException(wait);
            }
            return complete(user, email, clientAddress);
        }
        if (user == null || !passwordMatches) {
            throttle.failed(email);
            LOG.infof("sign-in refused%s", user == null ? "" : " for user " + user.id);
            if (user != null) {
                audit.record(user.id, Action.SIGN_IN_REFUSED, "wrong password");
            }
            throw new InvalidCredentialsException();
        }
        if (policy.mustEnrol(user)) {
            throttle.succeeded(email);
            return new Outcome(user.id, SignInStage.ENROLMENT);
        }
        if (policy.hasSecondFactor(user)) {
            if (!codeGiven) {
                return new Outcome(user.id, SignInStage.SECOND_FACTOR);
            }
            if (!totp.verify(user.id, code)) {
                throttle.failed(email);
                LOG.infof("second factor refused for user %d", user.id);
                audit.record(user.id, Action.SIGN_IN_REFUSED, "wrong or reused code");
                throw new SecondFactorRequiredException("The code is not correct or was already used.");
            }
        }
        return complete(user, email, clientAddress);
    }

    /** The second step of a web sign-in whose password was already checked; false when the code is wrong or used. */
    public boolean secondFactor(long userId, String code) {
        User user = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(userId));
        if (user == null || !user.active) {
            return false;
        }
        if (!totp.verify(userId, code)) {
            throttle.failed(user.email);
            LOG.infof("second factor refused for user %d", userId);
            audit.record(userId, Action.SIGN_IN_REFUSED, "wrong or reused code");
            return false;
        }
        throttle.succeeded(user.email);
        markSignedIn(userId);
        return true;
    }

    /**
     * Re-authentication inside a signed-in session: the password or a second-factor code. Failures count against the
     * account as at sign-in; while it is slowed down only a right code passes.
     */
    public boolean reauthenticate(long userId, String password, String code) {
        User user = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(userId));
        if (user == null || !user.active) {
            return false;
        }
        boolean codeGiven = code != null && !code.isBlank();
        boolean slowed = !throttle.accountWait(user.email).isZero();
        boolean right = codeGiven ? user.hasTotp() && totp.verify(userId, code)
                : !slowed && password != null && !password.isEmpty() && hasher.matches(password, user.passwordHash);
        if (!right) {
            throttle.failed(user.email);
            LOG.infof("re-authentication refused for user %d", userId);
            audit.record(userId, Action.SIGN_IN_REFUSED, codeGiven ? "re-authentication: wrong or reused code"
                    : slowed ? "re-authentication: slowed down" : "re-authentication: wrong password");
        }
        return right;
    }

    /** Records a completed sign-in (after enrolment, which proves a fresh code). */
    public void markSignedIn(long userId) {
        QuarkusTransaction.requiringNew().run(() -> {
            User signedIn = User.findById(userId);
            signedIn.lastLoginAt = clock.instant();
        });
        LOG.infof("user %d signed in", userId);
        audit.record(userId, Action.SIGN_IN, null);
    }

    private Outcome complete(User user, String email, String clientAddress) {
        throttle.succeeded(email);
        throttle.addressSucceeded(clientAddress);
        markSignedIn(user.id);
        return new Outcome(user.id, SignInStage.SIGNED_IN);
    }
}
