package app.hearth.audit;

import app.hearth.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** On PostgreSQL the database itself keeps the audit log append-only: no update, no delete. */
@QuarkusTest
class AuditLogTest {

    @Inject
    AuditLog audit;
    @Inject
    EntityManager db;
    @Inject
    Tokens tokens;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private long rows(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select count(*) from audit_log where submission_reference = ?1 and action = 'READ'")
                .setParameter(1, reference).getSingleResult()).longValue());
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() {
        assumeTrue(dbKind.equals("postgresql"), "the append-only trigger is PostgreSQL's");
        String reference = "HI-" + UUID.randomUUID().toString().substring(0, 9).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> audit.record(tokens.adminUser().id, AuditLog.Action.READ, reference, null));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                db.createNativeQuery("delete from audit_log where submission_reference = ?1").setParameter(1, reference)
                        .executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                db.createNativeQuery("update audit_log set action = 'EXPORT' where submission_reference = ?1")
                        .setParameter(1, reference).executeUpdate()));
        assertEquals(1, rows(reference));
    }
}
