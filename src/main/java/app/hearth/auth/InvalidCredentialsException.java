package app.hearth.auth;

import app.hearth.common.HearthException;

/** Wrong email or wrong password: one answer for both, so the form never tells which accounts exist. */
public class InvalidCredentialsException extends HearthException {

    public InvalidCredentialsException() {
        super("The email or password is not correct.");
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String type() {
        return "invalid-credentials";
    }

    @Override
    public String title() {
        return "Unauthorized";
    }
}
