package app.hearth.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Signs RS256 access tokens with SmallRye JWT. Issuer and audience are read from the very settings the
 * verifier checks, so the two can never drift apart. The subject is the user id: no email in the token.
 */
@ApplicationScoped
public class TokenIssuer {

    /** At most one hour, and the verifier refuses longer-lived tokens (smallrye.jwt.time-to-live). */
    public static final Duration LIFETIME = Duration.ofHours(1);

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    public AccessToken issue(User user) {
        // iat and exp come from the wall clock on purpose: the verifier checks them against the wall clock too
        String token = Jwt.issuer(issuer)
                .audience(audience)
                .subject(user.id.toString())
                .groups(user.groups())
                .expiresIn(LIFETIME)
                .jws().algorithm(SignatureAlgorithm.RS256)
                .sign();
        return new AccessToken(token, "Bearer", LIFETIME.toSeconds());
    }
}
