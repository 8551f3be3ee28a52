package app.hearth.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The anti-forgery token of the HTML intake form: an expiry and an HMAC over the form's slug and that expiry.
 * Stateless, so it needs no session, and a page from another site cannot produce one.
 */
public final class FormToken {

    /** Long enough to fill in a long form slowly; a stale page is simply shown again with a fresh token. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private final byte[] key;

    public FormToken(byte[] key) {
        this.key = key.clone();
    }

    public String issue(String formSlug, Instant now) {
        long expires = now.plus(LIFETIME).getEpochSecond();
        return expires + "." + mac(formSlug, expires);
    }

    public boolean isValid(String token, String formSlug, Instant now) {
        if (token == null || token.length() > 100) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1 || !token.substring(0, dot).matches("\\d{1,12}")) {
            return false;
        }
        long expires = Long.parseLong(token.substring(0, dot));
        byte[] expected = mac(formSlug, expires).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) && now.getEpochSecond() <= expires;
    }

    private String mac(String formSlug, long expires) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(AnswerCipher.hmac(key, "intake-form:" + formSlug + ":" + expires));
    }
}
