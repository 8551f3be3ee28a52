package app.hearth.common;

import java.util.List;

/** A failure the client can act on; ProblemMapper turns each into problem+json with its status. */
public abstract class HearthException extends RuntimeException {

    protected HearthException(String detail) {
        super(detail, null, false, false);
    }

    public abstract int status();

    /** The last segment of the problem type URI, e.g. "slot-taken". */
    public abstract String type();

    public abstract String title();

    /** Seconds after which the same request may succeed (sent as Retry-After); 0 when waiting will not help. */
    long retryAfterSeconds() {
        return 0;
    }

    public List<Problem.FieldError> errors() {
        return null;
    }
}
