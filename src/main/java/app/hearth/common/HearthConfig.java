package app.hearth.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
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

    /** Client intake: answer encryption and retention (HEARTH_INTAKE_*). */
    Intake intake();

    /** Settings of the intake package. */
    interface Intake {
        /** HEARTH_INTAKE_ENCRYPTION_KEY: base64 of 32 random bytes; generated into the data dir outside production. */
        Optional<String> encryptionKey();

        /** HEARTH_INTAKE_PREVIOUS_KEYS: earlier keys, comma-separated, still accepted for reading during a rotation. */
        Optional<List<String>> previousKeys();

        /** HEARTH_INTAKE_UNLINKED_RETENTION_DAYS: drafts and submissions never linked to a booking are deleted after this. */
        @WithDefault("30")
        int unlinkedRetentionDays();
    }

    /** Outgoing mail: SMTP (HEARTH_MAIL_SMTP_*), sender, outbox relay and reminders. */
    Mail mail();

    /** HEARTH_LOG_JSON: one JSON object per log line, for log collectors. */
    @WithDefault("false")
    boolean logJson();

    /** Health and metrics settings (hearth.ops.*). */
    Ops ops();

    interface Ops {
        /** When set, readiness goes DOWN once the oldest waiting mail is older than this (unset: report only). */
        Optional<Duration> outboxMaxAge();

        /** How often the outbox gauges are read from the database. */
        @WithDefault("15s")
        String outboxRefresh();
    }

    /** The public URL without a trailing slash, ready to have a path appended. */
    default String publicUrl(String path) {
        String base = publicUrl().endsWith("/") ? publicUrl().substring(0, publicUrl().length() - 1) : publicUrl();
        return base + path;
    }

    /** Mail settings (hearth.mail.*). */
    interface Mail {

        /** Sender and invitation organizer (HEARTH_MAIL_FROM). */
        @WithDefault("bookings@localhost")
        String from();

        Smtp smtp();

        Relay relay();

        /** How long before a call its reminder goes out. */
        @WithDefault("24h")
        Duration reminderBefore();

        /** How often due reminders are looked for ("off" disables it). */
        @WithDefault("1m")
        String reminderInterval();
    }

    /** The SMTP server; without a host, mail is written as .eml files under the data directory. */
    interface Smtp {
        Optional<String> host();

        @WithDefault("587")
        int port();

        Optional<String> username();

        Optional<String> password();

        /** Require STARTTLS before any credentials or mail cross the wire. */
        @WithDefault("true")
        boolean starttls();

        /** Connection, read and write timeout of one SMTP conversation step. */
        @WithDefault("20s")
        Duration timeout();
    }

    /** How the outbox relay delivers and retries. */
    interface Relay {
        /** How often the relay looks for due mail ("off" disables it; tests drain by hand). */
        @WithDefault("5s")
        String interval();

        /** How long after start the relay first runs. */
        @WithDefault("5s")
        String delay();

        /** Attempts before a message is dead. */
        @WithDefault("8")
        int maxAttempts();

        /** Delay after the first failed attempt; doubled after each further one. */
        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("2h")
        Duration maxBackoff();

        /** How long a claimed row is reserved for its sender before another instance may take it. */
        @WithDefault("5m")
        Duration lease();

        /** Rows claimed per round. */
        @WithDefault("20")
        int batchSize();
    }
}
