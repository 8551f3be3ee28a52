package app.hearth.auth;

import app.hearth.common.ReauthenticationRequiredException;
import app.hearth.common.RecentAuthenticationRequired;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;

/**
 * The one rule for sensitive actions: the person gave a password or second factor within the last five minutes.
 * Staff pages ask {@link #isRecent} about the session's last authentication (StaffGate sends them to the
 * re-authentication page); API operations marked {@link RecentAuthenticationRequired} are checked here against
 * the token's issue time, since a token is issued only by a full sign-in.
 */
@Provider
@RecentAuthenticationRequired
@Priority(Priorities.AUTHORIZATION + 10)
public class RecentAuthentication implements ContainerRequestFilter {

    public static final Duration WINDOW = Duration.ofMinutes(5);

    @Inject
    JsonWebToken token;

    public static boolean isRecent(Instant authenticatedAt, Instant now) {
        return authenticatedAt != null && !authenticatedAt.isAfter(now.plusSeconds(5))
                && now.isBefore(authenticatedAt.plus(WINDOW));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // iat is wall-clock time (the verifier checks it against the wall clock too), so it is compared with it here
        long issuedAt = token == null ? 0 : token.getIssuedAtTime();
        if (issuedAt <= 0 || !isRecent(Instant.ofEpochSecond(issuedAt), Instant.now())) {
            throw new ReauthenticationRequiredException();
        }
    }
}
