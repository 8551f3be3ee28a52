package app.hearth.common;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises which database constraint refused a write, on PostgreSQL and H2 alike. */
public final class Constraints {

    private Constraints() {
    }

    public static boolean violated(Throwable failure, String constraintName) {
        String wanted = constraintName.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve && cve.getConstraintName() != null
                    && cve.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
