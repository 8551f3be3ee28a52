package app.hearth.auth;

import app.hearth.auth.WebAuthnChallenge.Purpose;
import app.hearth.common.Secrets;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * WebAuthn challenges: 256-bit, stored hashed in the database (so any instance accepts the answer), living
 * {@link #LIFETIME}, and deleted by the first answer that names them, right or wrong, so none is ever accepted twice.
 */
@ApplicationScoped
class WebAuthnChallenges {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    private final ObjectMapper json = new ObjectMapper();

    /** A new challenge for this purpose (and account; null for a usernameless sign-in), base64url. */
    String issue(Purpose purpose, Long userId) {
        String challenge = Secrets.newToken();
        QuarkusTransaction.requiringNew().run(() -> {
            WebAuthnChallenge row = new WebAuthnChallenge();
            row.challengeHash = Secrets.hash(challenge);
            row.purpose = purpose;
            row.userId = userId;
            row.expiresAt = clock.instant().plus(LIFETIME);
            row.persist();
        });
        return challenge;
    }

    /** Deletes the challenge the client data names; present only for the first answer, in time and of this purpose. */
    Optional<DefaultChallenge> consume(byte[] clientData, Purpose purpose, Long userId) {
        String challenge;
        try {
            challenge = clientData == null ? null : json.readTree(clientData).path("challenge").asText(null);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        if (!Secrets.looksLikeToken(challenge)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = Secrets.hash(challenge);
        long deleted = QuarkusTransaction.requiringNew().call(() -> userId == null
                ? WebAuthnChallenge.delete("challengeHash = ?1 and purpose = ?2 and userId is null and expiresAt > ?3",
                        hash, purpose, now)
                : WebAuthnChallenge.delete("challengeHash = ?1 and purpose = ?2 and userId = ?3 and expiresAt > ?4",
                        hash, purpose, userId, now));
        return deleted == 1 ? Optional.of(new DefaultChallenge(challenge)) : Optional.empty();
    }
}
