package app.hearth.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Hearth's own settings, one typed place; each is also an environment variable (hearth.data-dir is HEARTH_DATA_DIR). */
@ConfigMapping(prefix = "hearth")
public interface HearthConfig {

    /** Where the embedded mode keeps its database, keys and dropped mail. */
    @WithDefault("./data")
    Path dataDir();

    /** The address clients reach, used in links and invitations. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    @WithDefault("Maple Grove Counselling")
    String practiceName();

    @WithDefault("America/Toronto")
    ZoneId practiceTimezone();

    /** Seed demo therapists (and later forms and articles) into an empty database. */
    @WithDefault("false")
    boolean demoData();

    /** Sign-in tokens: where the RS256 key pair lives (PEM files). */
    Jwt jwt();

    /** bcrypt cost for stored passwords; each step doubles the work of a guess (and of a sign-in). */
    @WithDefault("12")
    int passwordCost();

    /** HEARTH_ADMIN_EMAIL: with HEARTH_ADMIN_PASSWORD, creates the first admin at start when none exists. */
    Optional<String> adminEmail();

    Optional<String> adminPassword();

    /**
     * HEARTH_EMBED_ALLOWED_ORIGINS: comma-separated origins (https://www.example.org) whose pages may frame the
     * booking widget and call the public API from a browser; unset means the public URL's origin only.
     */
    Optional<List<String>> embedAllowedOrigins();

    interface Jwt {
        /** HEARTH_JWT_PRIVATE_KEY_LOCATION: PKCS#8 PEM; defaults into the data dir outside production. */
        Optional<String> privateKeyLocation();

        /** HEARTH_JWT_PUBLIC_KEY_LOCATION: X.509 PEM. */
        Optional<String> publicKeyLocation();
    }

    /** The public URL without a trailing slash, ready to have a path appended. */
    default String publicUrl(String path) {
        String base = publicUrl().endsWith("/") ? publicUrl().substring(0, publicUrl().length() - 1) : publicUrl();
        return base + path;
    }
}
