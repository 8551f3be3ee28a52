package app.hearth.auth;

import app.hearth.common.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Tokens are stateless, so a disabled login or a withdrawn group would otherwise keep working until the
 * token expires. Each signed-in request checks the account is still active and still holds the groups
 * its token claims, and that the password has not changed since the token was issued (the token epoch).
 */
@ApplicationScoped
class ActiveAccountCheck implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!stillValid(token.getSubject(), identity.getRoles(), epoch(token))) {
                throw new AuthenticationFailedException("account disabled or changed");
            }
            return identity;
        });
    }

    /** Tokens from before the epoch claim count as epoch 0, the epoch every account starts in. */
    private static long epoch(JsonWebToken token) {
        Object claim = token.getClaim(TokenIssuer.EPOCH_CLAIM);
        return claim instanceof jakarta.json.JsonNumber number ? number.longValue()
                : claim instanceof Number number ? number.longValue() : 0;
    }

    private static boolean stillValid(String subject, Set<String> claimedGroups, long epoch) {
        long userId;
        try {
            userId = Long.parseLong(subject);
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(userId);
            Set<String> groups = new java.util.HashSet<>(claimedGroups);
            groups.remove(Roles.ENROLMENT);
            return user != null && user.active && user.tokenEpoch == epoch && user.groups().containsAll(groups);
        });
    }
}
