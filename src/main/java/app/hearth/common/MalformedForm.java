package app.hearth.common;

/**
 * A form body the framework's own reader refused before any endpoint saw it: a malformed %-escape, or more fields
 * than it accepts (Quarkus REST throws plain IllegalArgumentException / RuntimeException there, so the reader is
 * recognised by its place in the stack). Such a request is the client's mistake: a 400, not an incident.
 */
final class MalformedForm {

    private static final String FORM_READER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    private MalformedForm() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (FORM_READER.equals(frame.getClassName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
