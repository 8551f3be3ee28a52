package app.hearth.mail;

import app.hearth.common.ConflictException;
import app.hearth.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/** What an admin may see and do with the outbox: read delivery state, and give a dead message a new life. */
@ApplicationScoped
class OutboxAdmin {

    private static final Logger LOG = Logger.getLogger(OutboxAdmin.class);

    @Inject
    Clock clock;

    @Transactional
    public List<OutboxView> list(OutboxState state, int limit) {
        var query = state == null ? OutboxMessage.find("order by id desc")
                : OutboxMessage.find("state = ?1 order by id desc", state);
        return query.page(0, limit).<OutboxMessage>list().stream().map(OutboxView::of).toList();
    }

    /** A dead message goes back to pending with a fresh set of attempts, due at once. */
    @Transactional
    public OutboxView retry(long id) {
        OutboxMessage message = OutboxMessage.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw new NotFoundException("There is no outbox message with that id.");
        }
        if (message.state != OutboxState.DEAD) {
            throw new ConflictException("outbox-not-dead", "Only a dead message can be retried; this one is "
                    + message.state.name().toLowerCase() + ".");
        }
        message.state = OutboxState.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = clock.instant();
        message.updatedAt = clock.instant();
        message.claimToken = null;
        LOG.infof("mail %d (%s) revived by an admin", message.id, message.reference);
        return OutboxView.of(message);
    }
}
