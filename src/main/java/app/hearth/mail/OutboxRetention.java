package app.hearth.mail;

import app.hearth.common.HearthConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Deletes finished mail once HEARTH_MAIL_RETENTION_DAYS have passed since its last change: sent, withdrawn and
 * dead rows, and dropped .eml files. Pending mail is never touched. Safe on several instances at once: a row
 * or file already gone is simply not counted.
 */
@ApplicationScoped
class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);
    private static final List<OutboxState> FINISHED = List.of(OutboxState.SENT, OutboxState.WITHDRAWN,
            OutboxState.DEAD);

    /** What one purge deleted. */
    record Purged(long rows, int files) {
    }

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;
    @Inject
    MailDrop drop;

    @RunsOnce
    @Scheduled(every = "${hearth.mail.retention-interval}", delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes what is older than the retention period, now. */
    Purged purge() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(config.mail().retentionDays()));
        long rows = QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.delete("state in ?1 and updatedAt < ?2", FINISHED, cutoff));
        int files = drop.deleteOlderThan(cutoff);
        if (rows > 0 || files > 0) {
            LOG.infof("mail retention: %d finished messages and %d dropped files deleted", rows, files);
        }
        return new Purged(rows, files);
    }
}
