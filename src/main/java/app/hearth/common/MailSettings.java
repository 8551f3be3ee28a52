package app.hearth.common;

import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Mail settings (hearth.mail.*), a group of {@link HearthConfig} in a file of its own. */
public interface MailSettings {

    /** Sender and invitation organizer (HEARTH_MAIL_FROM). */
    @WithDefault("bookings@localhost")
    String from();

    Smtp smtp();

    /**
     * HEARTH_MAIL_DROP_ONLY: write mail as .eml files under the data directory even in production. Without it a
     * production start refuses to run with no SMTP host, rather than silently never mailing anyone.
     */
    @WithDefault("false")
    boolean dropOnly();

    Relay relay();

    /** How long before a call its reminder goes out. */
    @WithDefault("24h")
    Duration reminderBefore();

    /** How often due reminders are looked for ("off" disables it; read by BookingReminders' @Scheduled). */
    @WithDefault("1m")
    String reminderInterval();

    /**
     * HEARTH_MAIL_RETENTION_DAYS: days a sent, withdrawn or dead message (and its dropped .eml file) is kept
     * after its last change before it is deleted; sent and withdrawn ones keep no content even until then.
     */
    @WithDefault("30")
    int retentionDays();

    /** How often expired mail is purged ("off" disables it; tests purge by hand; OutboxRetention's @Scheduled). */
    @WithDefault("1h")
    String retentionInterval();

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
        /** How often the relay looks for due mail ("off" disables it; tests drain by hand; OutboxRelay's @Scheduled). */
        @WithDefault("5s")
        String interval();

        /** How long after start the relay (and the reminder job) first runs. */
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
