package app.hearth.common;

/** The request was valid but collides with the current state (a taken slot, a stale change). */
public class ConflictException extends HearthException {

    private final String type;
    private final long retryAfterSeconds;

    public ConflictException(String type, String detail) {
        this(type, detail, 0);
    }

    /** A conflict that passes by itself: the same request may be sent again after the given seconds (Retry-After). */
    public ConflictException(String type, String detail, long retryAfterSeconds) {
        super(detail);
        this.type = type;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
