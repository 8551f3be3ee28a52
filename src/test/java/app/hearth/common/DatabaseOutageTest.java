package app.hearth.common;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database that is away answers 503; a bug, or a constraint doing its job, does not. */
class DatabaseOutageTest {

    @Test
    void aConnectionCutDuringCommitIsAnOutageEvenWhenOnlySuppressed() {
        // what Narayana throws when the connection dies at commit: the driver's error hangs off the XA failure
        Exception xa = new Exception("Error trying to commit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(rollback)));
    }

    @Test
    void connectionFailuresAndPoolTimeoutsAreOutages() {
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("gone"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("too many connections", "53300")));
    }

    @Test
    void constraintViolationsAndBugsAreNot() {
        assertFalse(DatabaseOutage.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("a bug")));
        Exception loop = new Exception("suppresses itself");
        loop.addSuppressed(new IllegalArgumentException("still a bug"));
        assertFalse(DatabaseOutage.causedBy(loop));
    }
}
