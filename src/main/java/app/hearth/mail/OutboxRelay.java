package app.hearth.mail;

import app.hearth.common.HearthConfig;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers the outbox: claims due rows, sends each through SMTP (or the mail drop), and records the outcome.
 * Safe to run on several instances at once (each row is claimed by one of them), though as a {@link RunsOnce} job one
 * instance drains per period.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Longer than one SMTP exchange under its timeouts would be too long for a shutdown; this covers a normal one. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final AtomicInteger draining = new AtomicInteger();
    private volatile boolean stopping;

    @Inject
    OutboxStore store;
    @Inject
    SmtpTransport smtp;
    @Inject
    MailDrop drop;
    @Inject
    HearthConfig config;

    @RunsOnce
    @Scheduled(every = "${hearth.mail.relay.interval}", delayed = "${hearth.mail.relay.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        drain();
    }

    /**
     * Delivers every row that is due now, batch after batch; returns how many were delivered. Once the instance is
     * stopping it sends no more: the claims it still holds are released for another instance.
     */
    public int drain() {
        int delivered = 0;
        int batch = config.mail().relay().batchSize();
        draining.incrementAndGet();
        try {
            while (!stopping) {
                List<OutboxStore.Claim> claims = store.claimDue(batch);
                for (OutboxStore.Claim claim : claims) {
                    if (stopping) {
                        store.release(claim);
                    } else if (deliver(claim)) {
                        delivered++;
                    }
                }
                if (claims.size() < batch) {
                    break;
                }
            }
            return delivered;
        } finally {
            draining.decrementAndGet();
        }
    }

    /**
     * On shutdown (SIGTERM), while the database is still there: stop claiming, and wait a little for the message
     * being sent, so its outcome is recorded rather than re-sent by another instance after the lease.
     */
    void stopping(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (draining.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private boolean deliver(OutboxStore.Claim claim) {
        MailTransport transport = config.mail().smtp().host().isPresent() ? smtp : drop;
        try {
            MimeMessage message = MimeComposer.compose(transport.session(), claim.content());
            transport.deliver(message, claim.reference());
        } catch (Exception e) {
            SendFailure failure = SendFailure.of(e);
            OutboxState state = store.markFailed(claim, failure);
            LOG.warnf("mail %d (%s) not delivered, now %s: %s", claim.id(), claim.reference(), state, failure.summary());
            return false;
        }
        if (store.markSent(claim)) {
            LOG.infof("mail %d (%s) sent", claim.id(), claim.reference());
        } else {
            // withdrawn or re-claimed after the lease ran out; a repeat carries the same Message-ID
            LOG.warnf("mail %d (%s) sent, but its claim had lapsed", claim.id(), claim.reference());
        }
        return true;
    }
}
