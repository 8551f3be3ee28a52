package app.hearth.mail;

import app.hearth.common.HearthConfig;
import app.hearth.seal.Sealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Queues mail inside the caller's transaction: a rolled-back change sends nothing, a committed one is
 * delivered by {@link OutboxRelay}. Calendars arrive validated and written by their owner.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    @Inject
    HearthConfig config;
    @Inject
    Clock clock;
    @Inject
    Sealer sealer;

    /** Writes the message as a pending outbox row; must run inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        Instant now = clock.instant();
        OutboxMessage row = new OutboxMessage();
        row.messageId = "<" + UUID.randomUUID() + ".hearth@" + senderDomain() + ">";
        row.reference = mail.reference();
        row.toAddress = mail.toAddress();
        row.toName = mail.toName();
        row.subject = mail.subject();
        row.textBody = mail.textBody();
        row.htmlBody = mail.htmlBody();
        if (mail.calendar() != null) {
            row.calendarIcs = mail.calendar().ics();
            row.calendarMethod = mail.calendar().method();
        }
        if (mail.aboutClient() != null && !mail.aboutClient().isBlank()) {
            row.aboutClientIndex = OutboxMessage.aboutClientIndex(sealer, mail.aboutClient());
        }
        row.state = OutboxState.PENDING;
        row.nextAttemptAt = now;
        row.createdAt = now;
        row.updatedAt = now;
        row.persist();
        LOG.infof("mail %s queued (%s)", row.id, mail.reference());
    }

    /**
     * Stops pending messages with this reference from going out (a reminder for a call that moved); like a sent
     * one, a withdrawn message keeps no content.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdraw(String reference) {
        return OutboxMessage.update("state = ?1, updatedAt = ?2, claimToken = null, " + OutboxStore.NO_CONTENT
                        + " where reference = ?3 and state = ?4",
                OutboxState.WITHDRAWN, clock.instant(), reference, OutboxState.PENDING);
    }

    /** How one mail about a subject fared: its reference tail (e.g. "client/confirmed/0"), state and times. */
    public record Delivery(String what, OutboxState state, int attempts, Instant queuedAt, Instant sentAt) {
    }

    /** The delivery state of every mail whose reference starts with this subject and a slash, oldest first. */
    @Transactional
    public List<Delivery> deliveries(String subject) {
        return OutboxMessage.<OutboxMessage>list("reference like ?1 order by createdAt, id", subject + "/%").stream()
                .map(m -> new Delivery(m.reference.substring(subject.length() + 1), m.state, m.attempts, m.createdAt,
                        m.sentAt)).toList();
    }

    private String senderDomain() {
        String from = config.mail().from();
        int at = from.lastIndexOf('@');
        return at < 0 ? "localhost" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
    }
}
