package app.hearth.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How far behind mail delivery is, for every instance of the practice (the outbox is shared): mails waiting,
 * mails given up on, and the age of the oldest waiting one. Exported as gauges and read by the readiness check.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    /** One reading; the age is zero when nothing waits. */
    public record Reading(long pending, long dead, Duration oldestPendingAge, String lastError) {
        static final Reading NONE = new Reading(0, 0, Duration.ZERO, null);
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    private volatile Reading last = Reading.NONE;

    void gauges(@Observes StartupEvent start, MeterRegistry registry) {
        Gauge.builder("hearth.outbox.pending", this, b -> b.last.pending())
                .description("Mails waiting for delivery (all instances)").register(registry);
        Gauge.builder("hearth.outbox.dead", this, b -> b.last.dead())
                .description("Mails given up on after their last attempt").register(registry);
        Gauge.builder("hearth.outbox.oldest.pending.age", this, b -> b.last.oldestPendingAge().toMillis() / 1000.0)
                .description("Age of the oldest waiting mail").baseUnit("seconds").register(registry);
    }

    /** Scrapes read the last refresh, so a busy Prometheus never adds database load. */
    @Scheduled(every = "${hearth.ops.outbox-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            read();
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog not refreshed: %s", e.getClass().getSimpleName());
        }
    }

    /** Reads the backlog now (one grouped query over the state index) and keeps it for the gauges. */
    public Reading read() {
        Reading reading = QuarkusTransaction.requiringNew().call(() -> {
            long pending = 0;
            long dead = 0;
            Instant oldest = null;
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select state, count(*), min(created_at) from outbox_message "
                    + "where state in ('PENDING', 'DEAD') group by state").getResultList();
            for (Object[] row : rows) {
                long count = ((Number) row[1]).longValue();
                if ("PENDING".equals(row[0])) {
                    pending = count;
                    oldest = instant(row[2]);
                } else {
                    dead = count;
                }
            }
            @SuppressWarnings("unchecked")
            List<String> errors = em.createNativeQuery("select last_error from outbox_message where state in "
                    + "('PENDING', 'DEAD') and last_error is not null order by updated_at desc")
                    .setMaxResults(1).getResultList();
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
            return new Reading(pending, dead, age.isNegative() ? Duration.ZERO : age,
                    errors.isEmpty() ? null : errors.get(0));
        });
        last = reading;
        return reading;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
