package app.hearth.common;

/** Something that existed and worked once but no longer does (an expired link): 410, so clients stop retrying. */
public class GoneException extends HearthException {

    private final String type;

    public GoneException(String type, String detail) {
        super(detail);
        this.type = type;
    }

    @Override
    public int status() {
        return 410;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String title() {
        return "Gone";
    }
}
