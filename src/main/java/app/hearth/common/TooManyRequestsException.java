package app.hearth.common;

import java.time.Duration;

/** Slowed down: the caller may try again after the given time (sent as Retry-After). */
public class TooManyRequestsException extends HearthException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("Too many attempts. Try again later.");
        this.retryAfter = retryAfter;
    }

    @Override
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String type() {
        return "rate-limited";
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
