package app.hearth.booking;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Seals the phone and message of bookings written before they were sealed, and clears their plaintext; after a
 * key rotation, moves sealed values and address fingerprints to the current key. Runs once at start, so plaintext
 * does not outlive the upgrade, and then on a schedule for rotations. Safe to run again or on several instances:
 * a sealed row is not selected twice, and a row changed meanwhile fails its version check and waits for the next run.
 */
@ApplicationScoped
public class BookingReseal {

    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(BookingReseal.class);

    @Inject
    BookingSeal seal;

    void atStart(@Observes StartupEvent start) {
        resealAll();
    }

    @RunsOnce
    @Scheduled(every = "10m", delayed = "2m", identity = "booking-reseal",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        resealAll();
    }

    /** Seals, batch by batch in order of id, every row that needs it; returns how many were sealed. */
    public int resealAll() {
        int sealed = 0;
        long after = 0;
        try {
            while (true) {
                long from = after;
                // one transaction a batch: locks stay short, and a failure keeps the batches already done
                Batch batch = QuarkusTransaction.requiringNew().call(() -> resealBatch(from));
                sealed += batch.sealed();
                if (batch.lastId() == null) {
                    break;
                }
                after = batch.lastId();
            }
        } catch (RuntimeException e) {
            // a concurrent change or another instance got there first: the next run finishes the job
            LOG.warnf("sealing booking details stopped early (%s); the next run continues",
                    e.getClass().getSimpleName());
        }
        if (sealed > 0) {
            LOG.infof("sealed the phone and message of %d bookings with key %s", sealed, seal.currentKeyId());
        }
        return sealed;
    }

    /** Rows still holding plaintext or sealed with an older key: an older key is retired only once this is 0. */
    @Transactional
    public long sealedWithOlderKeys() {
        return Booking.count("detailsKeyId is null or detailsKeyId <> ?1", seal.currentKeyId());
    }

    private record Batch(int sealed, Long lastId) {
    }

    private Batch resealBatch(long after) {
        List<Booking> candidates = Booking.<Booking>find("id > ?1 and (detailsKeyId is null or detailsKeyId <> ?2"
                        + " or legacyPhone is not null or legacyMessage is not null or clientEmailIndex is null)"
                        + " order by id", after, seal.currentKeyId()).page(0, BATCH).list();
        int sealed = 0;
        for (Booking booking : candidates) {
            if (seal.needsSealing(booking) && seal.reseal(booking)) {
                sealed++;
            }
        }
        return new Batch(sealed, candidates.size() < BATCH ? null : candidates.get(candidates.size() - 1).id);
    }
}
