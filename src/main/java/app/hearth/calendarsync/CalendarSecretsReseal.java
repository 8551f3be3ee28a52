package app.hearth.calendarsync;

import app.hearth.cluster.RunsOnce;
import app.hearth.seal.Resealing;
import app.hearth.seal.Sealer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * After a key rotation, moves every calendar connection's sealed address, username and password to the current key,
 * alongside the intake and booking reseal jobs (the admin's re-encryption report counts these too, so an old key is
 * retired only once no connection needs it). The stored "keyId:payload" names its key, so a row needing work is found
 * with a prefix comparison; a connection changed meanwhile is simply resealed by the next run.
 */
@ApplicationScoped
public class CalendarSecretsReseal {

    private static final Logger LOG = Logger.getLogger(CalendarSecretsReseal.class);
    private static final int BATCH = 100;
    private static final String OLDER = "(addressSealed not like ?1 or usernameSealed not like ?1 or passwordSealed not like ?1)";

    @Inject
    ConnectionSecrets secrets;
    @Inject
    Sealer sealer;

    void atStart(@Observes StartupEvent start) {
        Resealing.atStart("calendar secrets", this::resealAll);
    }

    @RunsOnce
    @Scheduled(every = "10m", delayed = "3m", identity = "calendar-secrets-reseal",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        resealAll();
    }

    /** Reseals, batch by batch, every connection an older key sealed; answers how many connections moved. */
    public int resealAll() {
        int total = Resealing.inBatches(BATCH, this::resealBatch);
        if (total > 0) {
            LOG.infof("moved the secrets of %d calendar connections to key %s", total, sealer.currentKeyId());
        }
        return total;
    }

    /** Connections with a secret still sealed by an older key. */
    public long sealedWithOlderKeys() {
        return QuarkusTransaction.requiringNew().call(() -> CalendarConnection.count(OLDER, current()));
    }

    private int resealBatch() {
        List<CalendarConnection> rows = CalendarConnection.<CalendarConnection>find(OLDER + " order by id", current())
                .page(0, BATCH).list();
        for (CalendarConnection c : rows) {
            c.addressSealed = moved(c.id, "address", c.addressSealed);
            c.usernameSealed = moved(c.id, "username", c.usernameSealed);
            c.passwordSealed = moved(c.id, "password", c.passwordSealed);
        }
        return rows.size();
    }

    private String moved(Long id, String field, String stored) {
        return stored == null || stored.startsWith(current()) ? stored : secrets.seal(id, field, secrets.open(id, field, stored));
    }

    private String current() {
        return sealer.currentKeyId() + ":%";
    }
}
