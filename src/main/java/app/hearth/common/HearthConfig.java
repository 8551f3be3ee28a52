package app.hearth.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.ZoneId;

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

    /** The public URL without a trailing slash, ready to have a path appended. */
    default String publicUrl(String path) {
        String base = publicUrl().endsWith("/") ? publicUrl().substring(0, publicUrl().length() - 1) : publicUrl();
        return base + path;
    }
}
