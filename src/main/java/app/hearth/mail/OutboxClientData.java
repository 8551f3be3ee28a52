package app.hearth.mail;

import app.hearth.common.ClientDataHolder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mail queued or sent to a client: erased with them. The export leaves it out: every message restates a
 * booking or intake that the export already holds.
 */
@ApplicationScoped
@Priority(10)
class OutboxClientData implements ClientDataHolder {

    @Override
    public Map<String, List<?>> export(String email, long actorId) {
        return Map.of();
    }

    @Override
    public Map<String, Integer> forget(String email, long actorId) {
        long deleted = OutboxMessage.delete("lower(toAddress) = ?1", email.strip().toLowerCase(Locale.ROOT));
        return Map.of("mailsDeleted", (int) deleted);
    }
}
