package app.hearth.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * URL secrets: 256 random bits from a CSPRNG, handed out once and stored only as SHA-256 hashes; and the plain digest
 * of public content (ETags). Anything keyed or encrypted goes through app.hearth.seal instead.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A new URL-safe token carrying 256 bits of randomness (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The lowercase hex SHA-256 of a token: what the database keeps and looks up by. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A short fingerprint of public content for an ETag: 32 hex digits of its SHA-256, not a secret. */
    public static String fingerprint(byte[] content) {
        return HexFormat.of().formatHex(sha256(content)).substring(0, 32);
    }

    /** True when the token has the shape newToken() produces; anything else cannot match and is not looked up. */
    public static boolean looksLikeToken(String token) {
        return token != null && token.length() >= 22 && token.length() <= 64 && token.matches("[A-Za-z0-9_-]+");
    }

    static SecureRandom random() {
        return RANDOM;
    }
}
