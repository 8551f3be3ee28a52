package app.hearth.auth;

import app.hearth.common.Roles;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Set;

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

    /** Short: it only lets a person who just gave the right password enrol a second factor. */
    public static final Duration ENROLMENT_LIFETIME = Duration.ofMinutes(10);
    /** The claim holding the account's token epoch; a token from an earlier epoch is refused. */
    public static final String EPOCH_CLAIM = "epoch";

    public AccessToken issue(User user) {
        return new AccessToken(sign(user, user.groups(), LIFETIME), "Bearer", LIFETIME.toSeconds());
    }

    /** A token in the enrolment group only: good for the second-factor enrolment endpoints and nothing else. */
    public String issueEnrolment(User user) {
        return sign(user, Set.of(Roles.ENROLMENT), ENROLMENT_LIFETIME);
    }

    private String sign(User user, Set<String> groups, Duration lifetime) {
        // iat and exp come from the wall clock on purpose: the verifier checks them against the wall clock too
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(user.id.toString())
                .groups(groups)
                .claim(EPOCH_CLAIM, user.tokenEpoch)
                .expiresIn(lifetime)
                .jws().algorithm(SignatureAlgorithm.RS256)
                .sign();
    }
}
