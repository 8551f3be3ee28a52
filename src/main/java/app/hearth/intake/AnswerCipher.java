package app.hearth.intake;

import app.hearth.common.Secrets;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Encrypts intake answers with AES-256-GCM before they reach the database. Each sealed value names the key that
 * sealed it, so old keys stay usable for reading while a new one takes over (rotation). The record's identity is
 * bound in as associated data, so a ciphertext copied onto another row does not decrypt.
 */
public final class AnswerCipher {

    private static final String PREFIX = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, byte[]> keys;

    /** A sealed value: the id of the key that sealed it and "v1." + base64url(iv || ciphertext || tag). */
    public record Sealed(String keyId, String payload) {
    }

    /** @param current the key new values are sealed with; @param previous keys still accepted for reading */
    public AnswerCipher(byte[] current, List<byte[]> previous) {
        this.keys = new LinkedHashMap<>();
        this.currentKeyId = add(current);
        for (byte[] key : previous) {
            add(key);
        }
    }

    public static AnswerCipher ofBase64(String current, List<String> previous) {
        List<byte[]> old = new ArrayList<>();
        for (String key : previous) {
            old.add(decodeKey(key));
        }
        return new AnswerCipher(decodeKey(current), old);
    }

    /** A key from its base64 text; it must be exactly 32 bytes (AES-256). */
    public static byte[] decodeKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an intake encryption key must be base64", e);
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("an intake encryption key must be 32 bytes (base64 of 32 random bytes)");
        }
        return key;
    }

    /** The public name of a key: a short fingerprint that reveals nothing about the key itself. */
    public static String keyId(byte[] key) {
        byte[] labelled = ByteBuffer.allocate(key.length + 16).put("hearth-key-id-v1".getBytes(StandardCharsets.US_ASCII))
                .put(key).array();
        return HexFormat.of().formatHex(Secrets.sha256(labelled)).substring(0, 16);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public boolean isCurrent(String keyId) {
        return currentKeyId.equals(keyId);
    }

    public Sealed seal(byte[] plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.get(currentKeyId), "AES"),
                    new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return new Sealed(currentKeyId, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The plaintext, or an exception when the key is unknown or the value was altered or moved. */
    public byte[] open(Sealed sealed, String context) {
        byte[] key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("no intake key with id " + sealed.keyId()
                    + " is configured; add it to HEARTH_INTAKE_PREVIOUS_KEYS");
        }
        if (!sealed.payload().startsWith(PREFIX)) {
            throw new IllegalStateException("unknown sealed format");
        }
        byte[] all = Base64.getUrlDecoder().decode(sealed.payload().substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("sealed value does not match its key or record", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** Opens with whichever key sealed it and seals again with the current key. */
    public Sealed reseal(Sealed sealed, String context) {
        return seal(open(sealed, context), context);
    }

    /**
     * A keyed fingerprint of a client's email address (a blind index) made with the current key, so an admin can
     * find one client's records for export or erasure without the address being stored in clear.
     */
    public String clientIndex(String email) {
        return index(keys.get(currentKeyId), email);
    }

    /** The fingerprints of an address under every configured key, for look-ups during a rotation. */
    public List<String> clientIndexes(String email) {
        return keys.values().stream().map(k -> index(k, email)).toList();
    }

    /** A sub-key for another purpose (such as form tokens), derived so the answer key itself is never reused. */
    public byte[] derive(String purpose) {
        return hmac(keys.get(currentKeyId), "hearth-derive:" + purpose);
    }

    private static String index(byte[] key, String email) {
        return HexFormat.of().formatHex(hmac(hmac(key, "hearth-derive:client-index"),
                email.strip().toLowerCase(Locale.ROOT)));
    }

    static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private String add(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an intake encryption key must be 32 bytes");
        }
        String id = keyId(key);
        keys.putIfAbsent(id, key.clone());
        return id;
    }
}
