package app.hearth.mail;

import app.hearth.common.ClientDataHolder;
import app.hearth.seal.Sealer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Map;

/**
 * Mail about a client: what was sent to them and the therapists' copies of their bookings and intakes, found by
 * address or by the blind index stored at enqueue. Erased with them, dropped .eml files included. The export
 * leaves it out: every message restates a booking or intake that the export already holds.
 */
@ApplicationScoped
@Priority(10)
class OutboxClientData implements ClientDataHolder {

    @Inject
    Sealer sealer;
    @Inject
    MailDrop drop;
    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public Map<String, List<?>> export(String email, long actorId) {
        return Map.of();
    }

    @Override
    public Map<String, Integer> forget(String email, long actorId) {
        String where = "lower(toAddress) = ?1 or aboutClientIndex in ?2";
        Object[] params = {OutboxMessage.normalised(email), OutboxMessage.aboutClientIndexes(sealer, email)};
        List<String> messageIds = OutboxMessage.<OutboxMessage>list(where, params).stream()
                .map(m -> m.messageId).toList();
        long deleted = OutboxMessage.delete(where, params);
        deleteFilesOnCommit(messageIds);
        return Map.of("mailsDeleted", (int) deleted);
    }

    /** Another holder may still refuse the erasure and roll it back, so the files go only once it is committed. */
    private void deleteFilesOnCommit(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare: the rows go with the transaction
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    messageIds.forEach(drop::delete);
                }
            }
        });
    }
}
