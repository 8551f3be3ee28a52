package app.hearth.seal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.util.function.IntSupplier;

/** How every feature moves its sealed rows to the current key after a rotation: in short batches, never blocking a start. */
public final class Resealing {

    private static final Logger LOG = Logger.getLogger(Resealing.class);

    private Resealing() {
    }

    /**
     * Runs {@code batch} in a transaction of its own until it moves fewer than {@code size} rows: a long run holds no
     * lock for long, and a failure keeps the batches already done. Answers how many rows moved.
     */
    public static int inBatches(int size, IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(batch::getAsInt);
            total += done;
        } while (done == size);
        return total;
    }

    /**
     * The run at start: a row that does not open (a retired key, an altered row) must not stop the service from
     * starting; the schedule tries again. Only the exception's class is logged, never a value.
     */
    public static void atStart(String what, Runnable reseal) {
        try {
            reseal.run();
        } catch (RuntimeException e) {
            LOG.warnf("%s resealing at start stopped early (%s); the schedule continues", what, e.getClass().getSimpleName());
        }
    }
}
