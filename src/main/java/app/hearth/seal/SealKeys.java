package app.hearth.seal;

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
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * Provides the sealer (HEARTH_INTAKE_ENCRYPTION_KEY, plus HEARTH_INTAKE_PREVIOUS_KEYS while rotating), the form
 * tokens and the booking proof-of-work puzzles (both keyed from HEARTH_FORM_SECRET). Outside production a missing
 * secret is generated once into the data directory, readable only by its owner, so it survives restarts; production
 * requires both.
 */
@ApplicationScoped
class SealKeys {

    private static final Logger LOG = Logger.getLogger(SealKeys.class);
    static final String SEALING_KEY_FILE = "intake-encryption.key";
    static final String FORM_SECRET_FILE = "form-secret.key";

    @Produces
    @Singleton
    Sealer sealer(HearthConfig config) {
        String current = config.intake().encryptionKey().filter(k -> !k.isBlank())
                .orElseGet(() -> generated(config.dataDir(), SEALING_KEY_FILE, "HEARTH_INTAKE_ENCRYPTION_KEY"));
        Sealer sealer = Sealer.ofBase64(current, config.intake().previousKeys().orElse(List.of()));
        LOG.infof("values are sealed with key %s", sealer.currentKeyId());
        return sealer;
    }

    @Produces
    @Singleton
    FormTokens formTokens(HearthConfig config, Clock clock) {
        return new FormTokens(formSecret(config), clock);
    }

    @Produces
    @Singleton
    ProofOfWork proofOfWork(HearthConfig config, Clock clock) {
        return new ProofOfWork(FormTokens.masterKey(formSecret(config)), clock, config.booking().proofOfWorkMaxNumber());
    }

    private static String formSecret(HearthConfig config) {
        return config.formSecret().filter(s -> !s.isBlank())
                .orElseGet(() -> generated(config.dataDir(), FORM_SECRET_FILE, "HEARTH_FORM_SECRET"));
    }

    /** Builds both at start, so a malformed or missing secret stops the application at once, not a client later. */
    void checkAtStart(@Observes StartupEvent start, Sealer sealer, FormTokens forms) {
        LOG.debugf("sealing key %s and form tokens ready", sealer.currentKeyId());
    }

    private static String generated(Path dataDir, String name, String variable) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("Hearth cannot start in production: set " + variable);
        }
        Path file = dataDir.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            PrivateFiles.write(file, encoded);
            LOG.infof("generated a development %s in %s", variable, file);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
