package app.hearth.common;

import java.sql.SQLException;

/**
 * PostgreSQL's refusal of a value it cannot store (SQLSTATE class 22, "data exception": text outside its encoding
 * such as a NUL byte, 22021; a date beyond its range such as the year 999999999, 22008): a last line behind
 * {@link NulGuard}, {@link FormTextGuard} and the field checks, so such input is a 400 however it arrived.
 */
final class UnstorableText {

    private static final String DATA_EXCEPTION_CLASS = "22";

    private UnstorableText() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
