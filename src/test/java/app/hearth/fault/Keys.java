package app.hearth.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets a production start requires, made fresh per test home and shared by every instance started from it, as
 * an operator shares them: an RS256 key pair as PEM, the intake (sealing) key and the form secret.
 */
final class Keys {

    private Keys() {
    }

    static Path privateKey(Path home) {
        ensure(home);
        return home.resolve("jwt-private.pem");
    }

    static Path publicKey(Path home) {
        ensure(home);
        return home.resolve("jwt-public.pem");
    }

    static String intakeKey(Path home) {
        return secret(home.resolve("intake-key"));
    }

    static String formSecret(Path home) {
        return secret(home.resolve("form-secret"));
    }

    /** base64 of 32 random bytes, written on first use so that later instances of the same home read the same. */
    private static synchronized String secret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void ensure(Path home) {
        Path privatePem = home.resolve("jwt-private.pem");
        if (Files.exists(privatePem)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(home.resolve("jwt-public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
