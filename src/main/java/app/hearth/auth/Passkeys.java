package app.hearth.auth;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.WebAuthnChallenge.Purpose;
import app.hearth.common.HearthConfig;
import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.exception.WebAuthnException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passkeys (WebAuthn, verified by webauthn4j) as a second factor or in place of the password. The relying party is
 * HEARTH_PUBLIC_URL: its host is the rpId, its scheme, host and port the only accepted origin. Challenges come from
 * {@link WebAuthnChallenges}: single use, short-lived, in the database.
 */
@ApplicationScoped
public class Passkeys {

    private static final Logger LOG = Logger.getLogger(Passkeys.class);
    private static final int MAX_FIELD = 20_000;
    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

    @Inject
    HearthConfig config;
    @Inject
    Clock clock;
    @Inject
    AccountAudit audit;
    @Inject
    LoginThrottle throttle;
    @Inject
    WebAuthnChallenges challenges;

    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager();
    private final AttestedCredentialDataConverter credentials = new AttestedCredentialDataConverter(new ObjectConverter());

    /** What the page hands the browser's ceremony: all base64url; {@code credentialIds} to exclude or allow. */
    public record Ceremony(String challenge, String rpId, String rpName, String userHandle, String userName,
                           List<String> credentialIds) {
        public String credentialIdList() {
            return String.join(" ", credentialIds);
        }
    }

    /** The browser's answer to an authentication ceremony, each part base64url as the page's script sends it. */
    public record Assertion(String credentialId, String clientDataJSON, String authenticatorData, String signature,
                            String userHandle) {
    }

    /** A passkey as the account page lists it. */
    public record Listed(long id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    public Ceremony registration(long userId) {
        User user = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(userId));
        return new Ceremony(challenges.issue(Purpose.REGISTER, userId), rpId(), config.practiceName(), handle(userId), user.email,
                credentialIds(userId));
    }

    /** A usernameless sign-in: the passkey itself tells whose it is. */
    public Ceremony signInCeremony() {
        return new Ceremony(challenges.issue(Purpose.SIGN_IN, null), rpId(), config.practiceName(), null, null, List.of());
    }

    /** The second step after the password, or a re-authentication: only this account's passkeys are asked for. */
    public Ceremony forAccount(long userId, boolean reauthentication) {
        return new Ceremony(challenges.issue(reauthentication ? Purpose.REAUTH : Purpose.SECOND_FACTOR, userId), rpId(),
                config.practiceName(), handle(userId), null, credentialIds(userId));
    }

    /** Verifies and stores a new passkey; answers why it was refused, or empty when it is registered. */
    public Optional<String> register(long userId, String name, String clientDataJSON, String attestationObject,
                                     String transports) {
        byte[] clientData = decode(clientDataJSON);
        byte[] attestation = decode(attestationObject);
        Optional<DefaultChallenge> challenge = challenges.consume(clientData, Purpose.REGISTER, userId);
        if (attestation == null || challenge.isEmpty()) {
            return Optional.of("The passkey request expired or was already used. Try again.");
        }
        Set<String> transportNames = transports == null ? Set.of()
                : Arrays.stream(transports.split(" ")).filter(t -> t.matches("[a-z-]{1,20}")).collect(Collectors.toSet());
        RegistrationData data;
        try {
            data = manager.verify(new RegistrationRequest(attestation, clientData, transportNames),
                    new RegistrationParameters(server(challenge.get()), ALGORITHMS, true, true));
        } catch (WebAuthnException | IllegalArgumentException refused) {
            LOG.infof("passkey registration of user %d refused: %s", userId, refused.getClass().getSimpleName());
            return Optional.of("The passkey could not be verified. Try again.");
        }
        AttestedCredentialData credential = data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
        String credentialId = encode(credential.getCredentialId());
        String label = name == null || name.isBlank() ? "Passkey" : name.strip();
        boolean stored = QuarkusTransaction.requiringNew().call(() -> {
            if (Passkey.count("credentialId", credentialId) > 0) {
                return false;
            }
            Passkey key = new Passkey();
            key.userId = userId;
            key.credentialId = credentialId;
            key.credentialData = encode(credentials.convert(credential));
            key.signCount = data.getAttestationObject().getAuthenticatorData().getSignCount();
            key.name = label.length() > 60 ? label.substring(0, 60) : label;
            key.createdAt = clock.instant();
            key.persist();
            return true;
        });
        if (!stored) {
            return Optional.of("This passkey is already registered.");
        }
        LOG.infof("user %d registered a passkey", userId);
        audit.record(userId, Action.FACTOR_ENROLLED, "passkey");
        return Optional.empty();
    }

    /** A usernameless sign-in; answers the active account the passkey belongs to, when it verifies. */
    public Optional<Long> signIn(Assertion assertion, String clientAddress) {
        throttle.checkAddress(clientAddress);
        Optional<Long> userId = verify(assertion, Purpose.SIGN_IN, null);
        userId.ifPresent(found -> throttle.addressSucceeded(clientAddress));
        return userId;
    }

    /** The second factor (or a re-authentication) of this account by one of its passkeys. */
    public boolean verifyFor(long userId, Assertion assertion, boolean reauthentication) {
        return verify(assertion, reauthentication ? Purpose.REAUTH : Purpose.SECOND_FACTOR, userId).isPresent();
    }

    public boolean any(long userId) {
        return QuarkusTransaction.joiningExisting().call(() -> Passkey.count("userId", userId) > 0);
    }

    public List<Listed> list(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> Passkey.<Passkey>list("userId", Sort.ascending("createdAt"),
                userId).stream().map(k -> new Listed(k.id, k.name, k.createdAt, k.lastUsedAt)).toList());
    }

    /** Removes one of the account's own passkeys (audited); false when it has no such passkey. */
    public boolean remove(long userId, long passkeyId) {
        boolean removed = QuarkusTransaction.requiringNew().call(() ->
                Passkey.delete("id = ?1 and userId = ?2", passkeyId, userId) == 1);
        if (removed) {
            LOG.infof("user %d removed a passkey", userId);
            audit.record(userId, Action.FACTOR_REMOVED, "passkey");
        }
        return removed;
    }

    private Optional<Long> verify(Assertion assertion, Purpose purpose, Long expectedUser) {
        byte[] clientData = decode(assertion.clientDataJSON());
        Optional<DefaultChallenge> challenge = challenges.consume(clientData, purpose, expectedUser);
        byte[] credentialId = decode(assertion.credentialId());
        byte[] authenticatorData = decode(assertion.authenticatorData());
        byte[] signature = decode(assertion.signature());
        if (challenge.isEmpty() || credentialId == null || authenticatorData == null || signature == null) {
            return Optional.empty();
        }
        Passkey key = QuarkusTransaction.requiringNew().call(() ->
                Passkey.<Passkey>find("credentialId", encode(credentialId)).firstResult());
        if (key == null || (expectedUser != null && !expectedUser.equals(key.userId))) {
            LOG.infof("passkey %s refused: unknown credential", purpose);
            return Optional.empty();
        }
        byte[] userHandle = decode(assertion.userHandle());
        if (userHandle != null && !Arrays.equals(userHandle, decode(handle(key.userId)))) {
            return refused(key, purpose, "user handle does not match");
        }
        AuthenticationData verified;
        try {
            var record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null, key.signCount,
                    credentials.convert(decode(key.credentialData)), null, null, null, null);
            verified = manager.verify(new AuthenticationRequest(credentialId, userHandle, authenticatorData, clientData,
                    null, signature), new AuthenticationParameters(server(challenge.get()), record, List.of(credentialId),
                    purpose == Purpose.SIGN_IN, true));
        } catch (WebAuthnException | IllegalArgumentException e) {
            return refused(key, purpose, e.getClass().getSimpleName());
        }
        boolean active = QuarkusTransaction.requiringNew().call(() -> {
            Passkey used = Passkey.findById(key.id);
            used.signCount = verified.getAuthenticatorData().getSignCount();
            used.lastUsedAt = clock.instant();
            User user = User.findById(key.userId);
            return user != null && user.active;
        });
        return active ? Optional.of(key.userId) : Optional.empty();
    }

    private Optional<Long> refused(Passkey key, Purpose purpose, String why) {
        LOG.infof("passkey %s of user %d refused: %s", purpose, key.userId, why);
        audit.record(key.userId, Action.SIGN_IN_REFUSED, "passkey not accepted");
        return Optional.empty();
    }

    private ServerProperty server(DefaultChallenge challenge) {
        URI url = URI.create(config.publicUrl());
        String origin = url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
        return new ServerProperty(Origin.create(origin), rpId(), challenge);
    }

    private String rpId() {
        return URI.create(config.publicUrl()).getHost();
    }

    private List<String> credentialIds(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> Passkey.<Passkey>list("userId", userId).stream()
                .map(k -> k.credentialId).toList());
    }

    /** The WebAuthn user handle: the account id as 8 bytes, no personal data. */
    static String handle(long userId) {
        return encode(ByteBuffer.allocate(8).putLong(userId).array());
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_FIELD) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
