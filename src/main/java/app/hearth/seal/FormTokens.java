package app.hearth.seal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;

/**
 * The anti-forgery token of every HTML form: an expiry and an HMAC-SHA256 over the form's purpose, its subject (the
 * therapist, booking or form it acts on) and that expiry, under a key derived from HEARTH_FORM_SECRET. Stateless and
 * cookie-less: any instance with the same secret accepts it, a restart keeps open forms valid, and a page from
 * another site can neither read nor compute one.
 */
public final class FormTokens {

    private static final int MAX_LENGTH = 200;

    private final byte[] key;
    private final Clock clock;

    /** @param secret the configured form secret (HEARTH_FORM_SECRET), at least 32 characters */
    public FormTokens(String secret, Clock clock) {
        this.key = Hmac.derive(masterKey(secret), "form-token");
        this.clock = clock;
    }

    /** The key every secret of the forms is derived from (form tokens, proof-of-work puzzles), one per purpose. */
    static byte[] masterKey(String secret) {
        if (secret.strip().length() < 32) {
            throw new IllegalArgumentException("HEARTH_FORM_SECRET must be at least 32 characters (openssl rand -base64 32)");
        }
        return Hmac.extract("hearth-form-secret", secret.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** A token for a form that does {@code purpose} to {@code subject}, valid for the purpose's lifetime from now. */
    public String issue(FormPurpose purpose, String subject) {
        long expires = clock.instant().plus(purpose.lifetime()).getEpochSecond();
        return expires + "." + mac(purpose, subject, expires);
    }

    /** True when the token was issued for this purpose and subject and has not expired. */
    public boolean isValid(FormPurpose purpose, String subject, String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1 || !token.substring(0, dot).matches("\\d{1,12}")) {
            return false;
        }
        long expires = Long.parseLong(token.substring(0, dot));
        boolean genuine = MessageDigest.isEqual(mac(purpose, subject, expires).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return genuine && clock.instant().getEpochSecond() <= expires;
    }

    /** Throws FormExpiredException (403) unless {@link #isValid} holds. */
    public void check(FormPurpose purpose, String subject, String token) {
        if (!isValid(purpose, subject, token)) {
            throw new FormExpiredException();
        }
    }

    /** Each field length-prefixed, so no choice of subject can make two different forms sign the same bytes. */
    private String mac(FormPurpose purpose, String subject, long expires) {
        byte[] name = purpose.name().getBytes(StandardCharsets.UTF_8);
        byte[] about = (subject == null ? "" : subject).getBytes(StandardCharsets.UTF_8);
        byte[] message = ByteBuffer.allocate(4 + name.length + 4 + about.length + 8)
                .putInt(name.length).put(name).putInt(about.length).put(about).putLong(expires).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sha256(key, message));
    }
}
