package app.hearth.mail;

import java.time.Instant;

/** An outbox row as the admin API shows it: delivery state only, never the recipient or the content. */
public record OutboxView(long id, String reference, OutboxState state, int attempts, String lastError,
                         Instant nextAttemptAt, Instant createdAt, Instant sentAt) {

    static OutboxView of(OutboxMessage m) {
        return new OutboxView(m.id, m.reference, m.state, m.attempts, m.lastError,
                m.state == OutboxState.PENDING ? m.nextAttemptAt : null, m.createdAt, m.sentAt);
    }
}
