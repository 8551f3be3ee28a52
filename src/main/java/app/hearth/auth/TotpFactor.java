package app.hearth.auth;

import app.hearth.audit.AuditLog.Action;
import app.hearth.common.HearthConfig;
import app.hearth.seal.Binding;
import app.hearth.seal.Sealed;
import app.hearth.seal.Sealer;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The TOTP second factor (RFC 6238: SHA-1, six digits, 30-second steps) and its recovery codes. Secrets are sealed to
 * their account; a code is accepted only for a time step later than the last accepted one (an atomic conditional
 * update), so an observed code cannot be replayed, not even on another instance.
 */
@ApplicationScoped
public class TotpFactor {

    static final int PERIOD_SECONDS = 30;
    static final int RECOVERY_CODES = 10;

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    @Inject
    Sealer sealer;
    @Inject
    AccountAudit audit;
    @Inject
    Clock clock;
    @Inject
    HearthConfig config;

    /** A new secret for the account to add to its authenticator app, with the otpauth:// URI that carries it. */
    public record Enrolment(String secret, String otpauthUri) {
    }

    /** Starts (or restarts) enrolment: the secret is kept aside until a first code confirms it. */
    public Enrolment start(long userId) {
        String secret = new DefaultSecretGenerator(32).generate();
        String email = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(userId);
            user.totpPendingSecret = seal(secret, "totp-pending", userId);
            return user.email;
        });
        return enrolment(email, secret);
    }

    /** The enrolment under way (so a reloaded page shows the same secret), or a new one. */
    public Enrolment pendingOrStart(long userId) {
        User user = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(userId));
        return user.totpPendingSecret == null ? start(userId)
                : enrolment(user.email, open(user.totpPendingSecret, "totp-pending", userId));
    }

    private Enrolment enrolment(String email, String secret) {
        QrData data = new QrData.Builder().label(email).secret(secret).issuer(config.practiceName())
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        return new Enrolment(secret, data.getUri());
    }

    /**
     * Confirms enrolment with a code from the new secret; the factor replaces any earlier one and ten new recovery
     * codes replace any earlier ones. Answers the recovery codes (to be shown once) or empty when the code is wrong.
     */
    public List<String> confirm(long userId, String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(userId);
            if (user.totpPendingSecret == null) {
                return List.of();
            }
            String secret = open(user.totpPendingSecret, "totp-pending", userId);
            OptionalLong step = matchingStep(secret, code);
            if (step.isEmpty()) {
                return List.of();
            }
            user.totpSecret = seal(secret, "totp", userId);
            user.totpPendingSecret = null;
            user.totpEnrolledAt = clock.instant();
            user.totpLastStep = step.getAsLong();
            RecoveryCode.delete("userId", userId);
            List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
            for (String recovery : codes) {
                RecoveryCode stored = new RecoveryCode();
                stored.userId = userId;
                stored.codeHash = sealer.blindIndex("recovery-code", normalize(recovery));
                stored.persist();
            }
            audit.record(userId, Action.FACTOR_ENROLLED, "authenticator app (TOTP)");
            return codes;
        });
    }

    /** True when the code is a fresh TOTP code or an unused recovery code of this account; either is then spent. */
    public boolean verify(long userId, String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return false;
        }
        String cleaned = normalize(code);
        return QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(userId);
            if (user == null || user.totpSecret == null) {
                return false;
            }
            if (cleaned.matches("\\d{6}")) {
                OptionalLong step = matchingStep(open(user.totpSecret, "totp", userId), cleaned);
                return step.isPresent() && User.update("totpLastStep = ?1 where id = ?2 "
                        + "and (totpLastStep is null or totpLastStep < ?1)", step.getAsLong(), userId) == 1;
            }
            return RecoveryCode.update("usedAt = ?1 where userId = ?2 and usedAt is null and codeHash in ?3",
                    clock.instant(), userId, sealer.blindIndexes("recovery-code", cleaned)) == 1;
        });
    }

    /** Unused recovery codes left, for the account page. */
    public long recoveryCodesLeft(long userId) {
        return QuarkusTransaction.requiringNew().call(() ->
                RecoveryCode.count("userId = ?1 and usedAt is null", userId));
    }

    /** The step (previous, current or next, to allow for clock drift) whose code this is. */
    private OptionalLong matchingStep(String secret, String code) {
        String cleaned = code == null ? "" : normalize(code);
        if (!cleaned.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                    cleaned.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private String generate(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("a stored TOTP secret is malformed", e);
        }
    }

    /** Codes are compared without spaces or dashes and in lower case, as people type them back. */
    private static String normalize(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private String seal(String secret, String kind, long userId) {
        Sealed sealed = sealer.seal(secret.getBytes(StandardCharsets.US_ASCII), Binding.of(kind, userId));
        return sealed.keyId() + ":" + sealed.payload();
    }

    private String open(String stored, String kind, long userId) {
        int colon = stored.indexOf(':');
        Sealed sealed = new Sealed(stored.substring(0, colon), stored.substring(colon + 1));
        return new String(sealer.open(sealed, Binding.of(kind, userId)), StandardCharsets.US_ASCII);
    }
}
