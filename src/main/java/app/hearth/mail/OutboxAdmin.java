package app.hearth.mail;

import app.hearth.common.ConflictException;
import app.hearth.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an admin may see and do with the outbox: read delivery state, and give a dead message a new life. */
@ApplicationScoped
public class OutboxAdmin {

    private static final Logger LOG = Logger.getLogger(OutboxAdmin.class);

    @Inject
    Clock clock;

    @Transactional
    public List<OutboxView> list(OutboxState state, int limit) {
        var query = state == null ? OutboxMessage.find("order by id desc")
                : OutboxMessage.find("state = ?1 order by id desc", state);
        return query.page(0, limit).<OutboxMessage>list().stream().map(OutboxView::of).toList();
    }

    /** How many messages are in each state (every state named, zero included). */
    @Transactional
    public Map<OutboxState, Long> counts() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, OutboxMessage.count("state", state));
        }
        return counts;
    }

    /** The newest message that failed to go out, with its error: what the admin looks at first. */
    @Transactional
    public Optional<OutboxView> lastFailure() {
        return OutboxMessage.<OutboxMessage>find("lastError is not null order by updatedAt desc, id desc")
                .firstResultOptional().map(OutboxView::of);
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
