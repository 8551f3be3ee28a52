package app.hearth.common;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Tells a database that is away (restarting, unreachable, out of connections) from a bug: the first is a 503
 * the client may retry, the second a 500. Decided on SQLSTATE classes, which every PostgreSQL driver reports.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    /**
     * Follows causes and suppressed exceptions: a commit that fails because the connection was cut reports the
     * driver's error only as suppressed by the transaction manager's RollbackException.
     */
    private static boolean causedBy(Throwable t, int depth) {
        if (t == null || depth > 30) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                || t instanceof SQLException sql && outage(sql)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causedBy(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && causedBy(t.getCause(), depth + 1);
    }

    private static boolean outage(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // the connection pool's own "acquisition timeout" carries no state
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            return message.contains("acquisition timeout");
        }
        return state.startsWith("08")          // connection exception: refused, broken, closed
                || state.startsWith("57P")     // admin shutdown, crash shutdown, cannot connect now
                || state.startsWith("53")      // insufficient resources, too many connections
                || state.equals("55000");      // database not (yet) accepting connections
    }
}
