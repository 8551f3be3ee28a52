package app.hearth.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Hearth's own settings, the one typed place: each member is a property (hearth.data-dir) and an environment variable
 * (HEARTH_DATA_DIR), its default is the @WithDefault here and nowhere else, and each is listed in the README's
 * configuration table (ConfigurationTableTest keeps the two in step).
 */
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

    /** HEARTH_PRACTICE_ADDRESS: where in-person calls happen; without it no therapist can choose IN_PERSON. */
    Optional<String> practiceAddress();

    /** HEARTH_DEFAULT_MEETING: how calls happen for therapists who chose nothing (PHONE, VIDEO_GENERATED, IN_PERSON). */
    @WithDefault("VIDEO_GENERATED")
    String defaultMeeting();

    /** HEARTH_VIDEO_BASE_URL: the Jitsi-compatible service generated video rooms are made on (https, no credentials). */
    @WithDefault("https://meet.jit.si")
    String videoBaseUrl();

    /** HEARTH_MANAGE_LINK_DAYS_AFTER: days after a call's end that its manage link still works. */
    @WithDefault("30")
    int manageLinkDaysAfter();

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

    /**
     * HEARTH_FORM_SECRET: the key behind every HTML form's anti-forgery token, the same on every instance (at least
     * 32 characters); generated into the data dir outside production.
     */
    Optional<String> formSecret();

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

        /** HEARTH_INTAKE_DEFAULT_FORM: the form offered after booking when the therapist chose none ("none": no form). */
        @WithDefault("adult-individual-intake")
        String defaultForm();
    }

    /** Outgoing mail: SMTP (HEARTH_MAIL_SMTP_*), sender, outbox relay and reminders. */
    MailSettings mail();

    /** Staff web sessions (HEARTH_STAFF_*). */
    Staff staff();

    /** Limits on anonymous booking and its proof-of-work challenge (HEARTH_BOOKING_*). */
    Booking booking();

    interface Booking {
        /** HEARTH_BOOKING_PER_ADDRESS: booking attempts per client address, refilled over an hour. */
        @WithDefault("10")
        int perAddress();

        /** HEARTH_BOOKING_PER_EMAIL: booking attempts per email address, refilled over a day. */
        @WithDefault("5")
        int perEmail();

        /** HEARTH_BOOKING_PER_THERAPIST_DAY: booking attempts for one therapist's (or "any") calendar day, per day. */
        @WithDefault("20")
        int perTherapistDay();

        /** HEARTH_BOOKING_ACTIVE_PER_EMAIL: upcoming confirmed bookings one email address may hold at once. */
        @WithDefault("2")
        int activePerEmail();

        /** HEARTH_BOOKING_PROOF_OF_WORK: every booking must carry a solved proof-of-work challenge. */
        @WithDefault("false")
        boolean proofOfWork();

        /** HEARTH_BOOKING_PROOF_OF_WORK_MAX_NUMBER: the puzzle's search space; the average work is half of it. */
        @WithDefault("100000")
        int proofOfWorkMaxNumber();
    }

    /**
     * HEARTH_TRUSTED_PROXIES: addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For / Forwarded
     * headers are believed (read by quarkus.http.proxy.trusted-proxies); unset, no forwarded header is believed.
     */
    Optional<List<String>> trustedProxies();

    interface Staff {
        /** HEARTH_STAFF_IDLE_TIMEOUT: a staff session unused this long ends. */
        @WithDefault("30m")
        Duration idleTimeout();

        /** HEARTH_STAFF_MAX_SESSION: a staff session ends this long after sign-in however busy it is. */
        @WithDefault("12h")
        Duration maxSession();
    }

    /** HEARTH_LOG_JSON: one JSON object per log line, for log collectors (read by quarkus.log.console.json.enabled). */
    @WithDefault("false")
    boolean logJson();

    /** Health and metrics settings (hearth.ops.*). */
    Ops ops();

    /** How long hot public answers (free slots, article pages) may be reused (hearth.cache.*). */
    Cache cache();

    /** What a production start cannot do without (hearth.required.*, see {@link Required}). */
    Required required();

    interface Cache {
        /**
         * HEARTH_CACHE_TTL: how long a free-slot answer or article page is reused; 0 turns caching off. Read by the
         * expire-after-write of the named caches in application.properties (quarkus.cache.caffeine.*).
         */
        @WithDefault("2s")
        Duration ttl();
    }

    /**
     * Settings a production start cannot do without. In %prod each is bound in application.properties to its
     * environment variable with no default, so a missing one stops the start at once with a message that names the
     * variable; in dev and test the embedded mode supplies them. They mirror variables listed elsewhere in this
     * mapping (or Quarkus's datasource), so they have no variables of their own.
     */
    interface Required {
        /** QUARKUS_DATASOURCE_JDBC_URL: the PostgreSQL database ("embedded" outside production). */
        String databaseUrl();

        /** QUARKUS_DATASOURCE_USERNAME: the database role. */
        String databaseUsername();

        /** HEARTH_JWT_PRIVATE_KEY_LOCATION: the PEM private key that signs access tokens. */
        String jwtPrivateKeyLocation();

        /** HEARTH_JWT_PUBLIC_KEY_LOCATION: the PEM public key that verifies them. */
        String jwtPublicKeyLocation();

        /** HEARTH_INTAKE_ENCRYPTION_KEY: base64 of the 32-byte key that seals intake answers. */
        String intakeEncryptionKey();

        /** HEARTH_FORM_SECRET: the key behind HTML form tokens. */
        String formSecret();

        /** HEARTH_PUBLIC_URL: the address in every mailed link; a production start must say it, never assume it. */
        String publicUrl();
    }

    interface Ops {
        /** When set, readiness goes DOWN once the oldest waiting mail is older than this (unset: report only). */
        Optional<Duration> outboxMaxAge();

        /** How often the outbox gauges are read from the database (read by OutboxBacklog's @Scheduled). */
        @WithDefault("15s")
        String outboxRefresh();
    }

    /** The therapists' own calendars, read for busy time (hearth.calendar.*). */
    Calendars calendar();

    interface Calendars {
        /** HEARTH_CALENDAR_SYNC_INTERVAL: how often each connected calendar is read (each run jittered by up to a tenth). */
        @WithDefault("5m")
        Duration syncInterval();

        /**
         * HEARTH_CALENDAR_ALLOWED_PRIVATE_HOSTS: host names or addresses that may be calendar servers although they
         * resolve to private, loopback or link-local addresses (and may use plain http); unset, none may.
         */
        Optional<List<String>> allowedPrivateHosts();

        /** How often due connections are looked for ("off" disables it; read by CalendarSyncSchedule's @Scheduled). */
        @WithDefault("30s")
        String syncCheck();

        /** How often bookings waiting to be written into calendars are looked for ("off" disables it). */
        @WithDefault("30s")
        String writeCheck();

        /** The wait after a booking's first failed write into a calendar; it doubles with each failure after. */
        @WithDefault("30s")
        Duration writeRetry();

        /** The longest wait between two tries of a booking's write. */
        @WithDefault("1h")
        Duration writeRetryMax();

        /**
         * HEARTH_CALENDAR_STALE_AFTER: how long after a connection's last successful read its busy time may be too
         * old to trust; past it, a connection whose therapist chose "stop blocking" no longer blocks slots.
         */
        @WithDefault("7d")
        Duration staleAfter();

        /** Tries after which a booking's write is given up (the connection keeps the error). */
        @WithDefault("40")
        int writeAttempts();
    }

    /** The public URL without a trailing slash, ready to have a path appended. */
    default String publicUrl(String path) {
        String base = publicUrl().endsWith("/") ? publicUrl().substring(0, publicUrl().length() - 1) : publicUrl();
        return base + path;
    }
}
