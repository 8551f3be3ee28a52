package app.hearth.auth;

import app.hearth.common.HearthConfig;
import app.hearth.common.PrivateFiles;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * The RS256 key pair behind sign-in tokens, as PEM files at HEARTH_JWT_PRIVATE_KEY_LOCATION and
 * HEARTH_JWT_PUBLIC_KEY_LOCATION. Outside production a missing pair is generated (by default into the
 * data dir); a production start checks that both files hold a usable key and stops otherwise.
 */
@ApplicationScoped
class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    @Inject
    HearthConfig config;

    void ensure(@Observes @Priority(2) StartupEvent start) {
        ensure(config.jwt().privateKeyLocation(), config.jwt().publicKeyLocation(),
                LaunchMode.current() != LaunchMode.NORMAL);
    }

    /** Checks both key files, first generating a missing pair when allowed (everywhere but production). */
    static void ensure(Optional<String> privateKeyLocation, Optional<String> publicKeyLocation, boolean generateMissing) {
        if (privateKeyLocation.isEmpty() || publicKeyLocation.isEmpty()) {
            throw new IllegalStateException(
                    "Hearth cannot start: set HEARTH_JWT_PRIVATE_KEY_LOCATION and HEARTH_JWT_PUBLIC_KEY_LOCATION");
        }
        Path privateKey = Path.of(privateKeyLocation.get());
        Path publicKey = Path.of(publicKeyLocation.get());
        if (generateMissing && Files.notExists(privateKey) && Files.notExists(publicKey)) {
            generate(privateKey, publicKey);
            LOG.infof("Generated a new JWT key pair at %s", privateKey.toAbsolutePath().getParent());
        }
        check(privateKey, "HEARTH_JWT_PRIVATE_KEY_LOCATION", true);
        check(publicKey, "HEARTH_JWT_PUBLIC_KEY_LOCATION", false);
    }

    /** Writes a fresh 2048-bit RSA pair: PKCS#8 private key (owner-only where the file system allows) and X.509 public key. */
    public static void generate(Path privateKey, Path publicKey) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            for (Path file : new Path[] {privateKey, publicKey}) {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
            }
            PrivateFiles.write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JWT key pair", e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime can generate RSA keys", e);
        }
    }

    private static void check(Path file, String variable, boolean isPrivate) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", ""));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (isPrivate) {
                rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            } else {
                rsa.generatePublic(new X509EncodedKeySpec(der));
            }
        } catch (IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Hearth cannot start: " + variable + " must name a readable PEM "
                    + (isPrivate ? "PKCS#8 RSA private key" : "RSA public key") + " (" + file + ")");
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
