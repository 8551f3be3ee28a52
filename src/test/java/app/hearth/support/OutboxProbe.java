package app.hearth.support;

import app.hearth.mail.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads outbox rows the way an operator would look at them, in a transaction of its own. */
@ApplicationScoped
public class OutboxProbe {

    @Transactional
    public List<OutboxMessage> byReference(String reference) {
        return OutboxMessage.list("reference = ?1 order by id", reference);
    }

    /** Every row queued for a booking: references start with the booking's own. */
    @Transactional
    public List<OutboxMessage> all(String bookingReference) {
        return OutboxMessage.list("reference like ?1 order by id", bookingReference + "/%");
    }

    @Transactional
    public List<OutboxMessage> to(String address) {
        return OutboxMessage.list("toAddress = ?1 order by id", address);
    }

    @Transactional
    public OutboxMessage one(String reference) {
        List<OutboxMessage> rows = byReference(reference);
        if (rows.size() != 1) {
            throw new AssertionError("expected one outbox row for " + reference + " but found " + rows.size());
        }
        return rows.get(0);
    }
}
