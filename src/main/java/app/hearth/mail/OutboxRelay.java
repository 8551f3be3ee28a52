package app.hearth.mail;

import app.hearth.common.HearthConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Delivers the outbox: claims due rows, sends each through SMTP (or the mail drop), and records the outcome.
 * Safe to run on several instances at once; each row is claimed by one of them.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxStore store;
    @Inject
    SmtpTransport smtp;
    @Inject
    MailDrop drop;
    @Inject
    HearthConfig config;

    @Scheduled(every = "${hearth.mail.relay.interval}", delayed = "${hearth.mail.relay.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        drain();
    }

    /** Delivers every row that is due now, batch after batch; returns how many were delivered. */
    public int drain() {
        int delivered = 0;
        int batch = config.mail().relay().batchSize();
        while (true) {
            List<OutboxStore.Claim> claims = store.claimDue(batch);
            for (OutboxStore.Claim claim : claims) {
                if (deliver(claim)) {
                    delivered++;
                }
            }
            if (claims.size() < batch) {
                return delivered;
            }
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
