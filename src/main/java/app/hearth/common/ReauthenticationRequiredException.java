package app.hearth.common;

/** A sensitive action needs a sign-in (password or second factor) within the last five minutes. */
public class ReauthenticationRequiredException extends HearthException {

    public ReauthenticationRequiredException() {
        super("This action needs a recent sign-in: sign in again (password and, where you have one, the second "
                + "factor) and repeat it within five minutes.");
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String type() {
        return "reauthentication-required";
    }

    @Override
    public String title() {
        return "Re-authentication required";
    }
}
