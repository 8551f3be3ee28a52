package app.hearth.intake;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Scheduled housekeeping: retention of unlinked intake data and re-encryption after a key rotation. */
@ApplicationScoped
public class IntakeJobs {

    private static final Logger LOG = Logger.getLogger(IntakeJobs.class);
    static final int RESEAL_BATCH = 200;

    @Inject
    IntakeService intake;

    @Scheduled(every = "1h", delayed = "5m", identity = "intake-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retention() {
        intake.purge();
    }

    @Scheduled(every = "10m", delayed = "1m", identity = "intake-reseal",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reseal() {
        resealAll();
    }

    /** Reseals, batch by batch (one transaction each), everything an older key sealed; returns the count. */
    public int resealAll() {
        int total = 0;
        int done;
        do {
            done = intake.resealBatch(RESEAL_BATCH);
            total += done;
        } while (done == RESEAL_BATCH);
        if (total > 0) {
            LOG.infof("intake re-encryption moved %d records to the current key", total);
        }
        return total;
    }
}
