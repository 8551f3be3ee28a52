package app.hearth.common;

import java.sql.SQLException;

/**
 * PostgreSQL's refusal of text it cannot store in its encoding (SQLSTATE 22021, e.g. a NUL byte): a last line
 * behind {@link NulGuard} and {@link TextRules}, so such input is a 400 however it arrived.
 */
final class UnstorableText {

    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    private UnstorableText() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
