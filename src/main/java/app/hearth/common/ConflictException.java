package app.hearth.common;

/** The request was valid but collides with the current state (a taken slot, a stale change). */
public class ConflictException extends HearthException {

    private final String type;

    public ConflictException(String type, String detail) {
        super(detail);
        this.type = type;
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
