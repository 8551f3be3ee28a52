package app.hearth.seal;

import app.hearth.common.Secrets;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
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
import java.util.Map;

/**
 * The one sealing component: AES-256-GCM under the configured keys (HEARTH_INTAKE_ENCRYPTION_KEY, plus
 * HEARTH_INTAKE_PREVIOUS_KEYS while rotating). Each sealed value names the key that sealed it, so older keys keep
 * opening while a new one takes over, and carries a {@link Binding} as associated data. Keys for other purposes
 * (blind indexes, values that also need a secret only the client holds) are derived from these keys, never reused.
 */
public final class Sealer {

    private static final String PREFIX = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    /** @param current the key new values are sealed with; @param previous keys still accepted for opening */
    public Sealer(byte[] current, List<byte[]> previous) {
        this.currentKeyId = add(current);
        for (byte[] key : previous) {
            add(key);
        }
    }

    public static Sealer ofBase64(String current, List<String> previous) {
        List<byte[]> old = new ArrayList<>();
        for (String key : previous) {
            old.add(decodeKey(key));
        }
        return new Sealer(decodeKey(current), old);
    }

    /** A key from its base64 text; it must be exactly 32 bytes (AES-256). */
    static byte[] decodeKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an encryption key must be base64", e);
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("an encryption key must be 32 bytes (base64 of 32 random bytes)");
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

    /** Seals with the current key, bound to its owner. */
    public Sealed seal(byte[] plaintext, Binding binding) {
        return new Sealed(currentKeyId, encrypt(keys.get(currentKeyId), plaintext, binding));
    }

    /** The plaintext, or an exception when the key is unknown or the value was altered or moved to another owner. */
    public byte[] open(Sealed sealed, Binding binding) {
        return decrypt(key(sealed.keyId()), sealed.payload(), binding);
    }

    /** Opens with whichever key sealed it and seals again with the current key. */
    public Sealed reseal(Sealed sealed, Binding binding) {
        return seal(open(sealed, binding), binding);
    }

    /**
     * Seals under a key derived from the current key and a secret only the client holds (such as its
     * Idempotency-Key): the database and the server's keys alone cannot open it, nor can the client's secret alone.
     */
    public Sealed seal(byte[] plaintext, Binding binding, String heldSecret) {
        return new Sealed(currentKeyId, encrypt(heldKey(keys.get(currentKeyId), binding, heldSecret), plaintext, binding));
    }

    /** Opens what {@link #seal(byte[], Binding, String)} sealed, given the same held secret. */
    public byte[] open(Sealed sealed, Binding binding, String heldSecret) {
        return decrypt(heldKey(key(sealed.keyId()), binding, heldSecret), sealed.payload(), binding);
    }

    /**
     * A keyed fingerprint (blind index) of a value, made with the current key: rows can be found by the value
     * without it being stored in clear, and without a guess being checkable against the database alone.
     * Callers normalise the value first (an address in lower case, say).
     */
    public String blindIndex(String purpose, String value) {
        return index(keys.get(currentKeyId), purpose, value);
    }

    /** The fingerprints of a value under every configured key, current first, for look-ups during a rotation. */
    public List<String> blindIndexes(String purpose, String value) {
        return keys.values().stream().map(k -> index(k, purpose, value)).toList();
    }

    private static String index(byte[] key, String purpose, String value) {
        return HexFormat.of().formatHex(Hmac.sha256(Hmac.derive(key, purpose), value));
    }

    private static byte[] heldKey(byte[] key, Binding binding, String heldSecret) {
        return Hmac.sha256(Hmac.derive(key, "held-secret:" + binding.kind()), heldSecret);
    }

    private byte[] key(String keyId) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no sealing key with id " + keyId
                    + " is configured; add it to HEARTH_INTAKE_PREVIOUS_KEYS");
        }
        return key;
    }

    private static String encrypt(byte[] key, byte[] plaintext, Binding binding) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding.bytes());
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] decrypt(byte[] key, String payload, Binding binding) {
        if (!payload.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown sealed format");
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(payload.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(binding.bytes());
            return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("sealed value does not match its key or owner", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("sealed value is malformed", e);
        }
    }

    private String add(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an encryption key must be 32 bytes");
        }
        String id = keyId(key);
        keys.putIfAbsent(id, key.clone());
        return id;
    }
}
