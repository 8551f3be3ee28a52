package app.hearth.seal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * HMAC-SHA256 and the key derivations built on it (RFC 5869 HKDF: extract a key from a configured secret, then
 * one labelled key per purpose), so no two purposes ever share a key and no key is a bare hash of its input.
 */
final class Hmac {

    private Hmac() {
    }

    static byte[] sha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static byte[] sha256(byte[] key, String message) {
        return sha256(key, message.getBytes(StandardCharsets.UTF_8));
    }

    /** HKDF-Extract: a uniformly random key from a configured secret of any shape, salted by what it is for. */
    static byte[] extract(String salt, byte[] secret) {
        return sha256(salt.getBytes(StandardCharsets.UTF_8), secret);
    }

    /**
     * The key for one purpose under a random 256-bit key: one HMAC block labelled with the purpose (HKDF-Expand
     * of a single block; the label's form is the one Hearth has always used, so stored blind indexes still match).
     */
    static byte[] derive(byte[] key, String purpose) {
        return sha256(key, "hearth-derive:" + purpose);
    }
}
