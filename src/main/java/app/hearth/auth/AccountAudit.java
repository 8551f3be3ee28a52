package app.hearth.auth;

import app.hearth.audit.AuditLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes what happens to a staff account into the audit log, by account id and in a transaction of its own, so
 * a refused sign-in is on record although the request that made it fails.
 */
@ApplicationScoped
public class AccountAudit {

    @Inject
    AuditLog audit;

    /** {@code detail} says why or how, in words without personal data: "wrong password", "idle timeout". */
    public void record(long userId, AuditLog.Action action, String detail) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(userId, action, null, detail));
    }
}
