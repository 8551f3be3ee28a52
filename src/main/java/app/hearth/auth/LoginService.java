package app.hearth.auth;

import io.micrometer.core.annotation.Counted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;

/** Checks a sign-in and hands out a token; unknown, inactive and wrong-password cases look the same from outside. */
@ApplicationScoped
class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);

    @Inject
    PasswordHasher hasher;
    @Inject
    TokenIssuer issuer;
    @Inject
    Clock clock;
    @Inject
    LoginThrottle throttle;

    // failures only, tagged by exception: InvalidCredentialsException (wrong email or password) or throttled
    @Counted(value = "hearth.logins.failed", recordFailuresOnly = true, description = "Refused sign-ins")
    public AccessToken login(String email, String password, String clientAddress) {
        LoginThrottle.Attempt attempt = throttle.begin(email, clientAddress);
        Optional<User> found = QuarkusTransaction.requiringNew().call(() -> User.findByEmail(email));
        User user = found.filter(u -> u.active).orElse(null);
        // the hash check runs even for an unknown account (against a dummy hash) so timing tells nothing
        boolean matches = hasher.matches(password, user == null ? null : user.passwordHash);
        if (user == null || !matches) {
            LOG.infof("sign-in refused%s", user == null ? "" : " for user " + user.id);
            throw new InvalidCredentialsException();
        }
        attempt.succeeded();
        return QuarkusTransaction.requiringNew().call(() -> {
            User signedIn = User.findById(user.id);
            signedIn.lastLoginAt = clock.instant();
            LOG.infof("user %d signed in", signedIn.id);
            return issuer.issue(signedIn);
        });
    }
}
