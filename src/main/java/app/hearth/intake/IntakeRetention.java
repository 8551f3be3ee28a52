package app.hearth.intake;

import app.hearth.common.HearthConfig;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps no intake data longer than it serves the client: expired drafts go at once, and drafts and submissions
 * never linked to a booking go after the configured retention.
 */
@ApplicationScoped
class IntakeRetention {

    private static final Logger LOG = Logger.getLogger(IntakeRetention.class);

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;

    @RunsOnce
    @Scheduled(every = "1h", delayed = "5m", identity = "intake-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** Deletes what is past its time; returns how many rows went. */
    @Transactional
    int purge() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(config.intake().unlinkedRetentionDays()));
        long drafts = IntakeDraft.delete("expiresAt <= ?1 or (booking is null and createdAt < ?2)", now, cutoff);
        long submissions = IntakeSubmission.delete("booking is null and submittedAt < ?1", cutoff);
        if (drafts + submissions > 0) {
            LOG.infof("intake retention deleted %d drafts and %d unlinked submissions", drafts, submissions);
        }
        return (int) (drafts + submissions);
    }
}
