package app.hearth.intake;

import app.hearth.seal.Resealing;
import app.hearth.seal.Sealer;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * After a key rotation, moves every intake record an older key sealed to the current key, so the old key can
 * be retired. Runs on a schedule and on an admin's request.
 */
@ApplicationScoped
class IntakeKeys {

    private static final int RESEAL_BATCH = 200;
    private static final Logger LOG = Logger.getLogger(IntakeKeys.class);

    @Inject
    Sealer sealer;

    /** Rows sealed before their binding named booking, form and urgency are upgraded as soon as the service starts. */
    void atStart(@Observes StartupEvent start) {
        Resealing.atStart("intake", this::resealAll);
    }

    @RunsOnce
    @Scheduled(every = "10m", delayed = "1m", identity = "intake-reseal",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        resealAll();
    }

    /** Reseals, batch by batch, everything an older key sealed; returns the count. */
    int resealAll() {
        int total = Resealing.inBatches(RESEAL_BATCH, () -> resealBatch(RESEAL_BATCH));
        if (total > 0) {
            LOG.infof("intake re-encryption moved %d records to the current key", total);
        }
        return total;
    }

    String currentKeyId() {
        return sealer.currentKeyId();
    }

    @Transactional
    long sealedWithOlderKeys() {
        String current = sealer.currentKeyId();
        return IntakeSubmission.count("keyId <> ?1", current) + IntakeDraft.count("keyId <> ?1", current);
    }

    private int resealBatch(int batch) {
        String current = sealer.currentKeyId();
        int done = 0;
        for (IntakeSubmission s : IntakeSubmission.<IntakeSubmission>find("keyId <> ?1 or bindingVersion < ?2",
                current, IntakeSubmission.CURRENT_BINDING).page(0, batch).list()) {
            byte[] plain = sealer.open(s.sealed(), s.binding());
            // an older row moves to the binding that names its booking, form and urgency as it opens now
            s.bindingVersion = IntakeSubmission.CURRENT_BINDING;
            s.seal(sealer.seal(plain, s.binding()));
            // the blind index is keyed too, so it moves to the new key with the answers
            s.indexClient(sealer, IntakeSubmission.answersIn(FormJson.map(plain)));
            done++;
        }
        for (IntakeDraft d : IntakeDraft.<IntakeDraft>find("keyId <> ?1", current).page(0, Math.max(0, batch - done)).list()) {
            d.seal(sealer.reseal(d.sealed(), d.binding()));
            done++;
        }
        return done;
    }
}
