package app.hearth.intake;

import app.hearth.common.HearthConfig;
import app.hearth.common.PrivateFiles;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Provides the answer cipher from HEARTH_INTAKE_ENCRYPTION_KEY (plus HEARTH_INTAKE_PREVIOUS_KEYS while rotating).
 * Outside production a missing key is generated once into the data directory, readable only by its owner.
 */
@ApplicationScoped
public class IntakeKeys {

    private static final Logger LOG = Logger.getLogger(IntakeKeys.class);
    static final String KEY_FILE = "intake-encryption.key";

    @Produces
    @Singleton
    AnswerCipher cipher(HearthConfig config) {
        String current = config.intake().encryptionKey().filter(k -> !k.isBlank())
                .orElseGet(() -> generatedKey(config.dataDir()));
        AnswerCipher cipher = AnswerCipher.ofBase64(current, config.intake().previousKeys().orElse(List.of()));
        LOG.infof("intake answers are sealed with key %s", cipher.currentKeyId());
        return cipher;
    }

    /** Builds the cipher at start, so a malformed or missing key stops the application at once, not a client later. */
    void checkAtStart(@Observes StartupEvent start, AnswerCipher cipher) {
        LOG.debugf("intake key %s ready", cipher.currentKeyId());
    }

    @Produces
    @Singleton
    FormToken formToken(AnswerCipher cipher) {
        return new FormToken(cipher.derive("intake-form-token"));
    }

    private static String generatedKey(Path dataDir) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("Hearth cannot start in production: set HEARTH_INTAKE_ENCRYPTION_KEY");
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            PrivateFiles.write(file, encoded);
            LOG.infof("generated a development intake encryption key in %s", file);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
