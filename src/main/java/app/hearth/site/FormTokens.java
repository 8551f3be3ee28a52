package app.hearth.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Cookie-less CSRF protection for HTML forms: each form carries an HMAC over what it may do (its purpose,
 * e.g. "manage:" plus the booking's token) and an expiry. A forger can neither read the token from another
 * site nor compute it, and no cookie is ever set. The key lives in memory: a restart expires open forms.
 */
@ApplicationScoped
public class FormTokens {

    static final Duration LIFETIME = Duration.ofHours(3);
    private final byte[] key = new byte[32];

    @Inject
    Clock clock;

    FormTokens() {
        new SecureRandom().nextBytes(key);
    }

    public String issue(String purpose) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        return expires + "." + mac(purpose, expires);
    }

    /** Throws FormExpiredException unless the token was issued here for this purpose and is still fresh. */
    public void check(String purpose, String token) {
        if (token == null || token.length() > 200) {
            throw new FormExpiredException();
        }
        int dot = token.indexOf('.');
        try {
            long expires = Long.parseLong(token.substring(0, Math.max(dot, 0)));
            boolean genuine = MessageDigest.isEqual(mac(purpose, expires).getBytes(StandardCharsets.US_ASCII),
                    token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
            if (!genuine || clock.instant().getEpochSecond() > expires) {
                throw new FormExpiredException();
            }
        } catch (NumberFormatException e) {
            throw new FormExpiredException();
        }
    }

    private String mac(String purpose, long expires) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sum = hmac.doFinal((purpose + "|" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
