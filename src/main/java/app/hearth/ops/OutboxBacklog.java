package app.hearth.ops;

import app.hearth.mail.OutboxStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/**
 * How far behind mail delivery is, for every instance of the practice (the outbox is shared): mails waiting,
 * mails given up on, and the age of the oldest waiting one. Exported as gauges and read by the readiness check.
 */
@ApplicationScoped
class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    /** One reading; the age is zero when nothing waits. */
    record Reading(long pending, long dead, Duration oldestPendingAge, String lastError) {
        static final Reading NONE = new Reading(0, 0, Duration.ZERO, null);
    }

    @Inject
    OutboxStore outbox;
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

    /** Reads the backlog now and keeps it for the gauges. */
    Reading read() {
        OutboxStore.Backlog backlog = outbox.backlog();
        Duration age = backlog.oldestPendingSince() == null ? Duration.ZERO
                : Duration.between(backlog.oldestPendingSince(), clock.instant());
        Reading reading = new Reading(backlog.pending(), backlog.dead(), age.isNegative() ? Duration.ZERO : age,
                backlog.lastError());
        last = reading;
        return reading;
    }
}
