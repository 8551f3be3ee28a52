package app.hearth.common;

/** Unknown, or belonging to someone else: both answer 404 so existence never leaks. */
public class NotFoundException extends HearthException {

    public NotFoundException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String type() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }
}
