package app.hearth.auth;

import app.hearth.common.HearthException;

/** The password was right but a second-factor code is needed too (or the code sent was wrong or used). */
public class SecondFactorRequiredException extends HearthException {

    public SecondFactorRequiredException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String type() {
        return "second-factor-required";
    }

    @Override
    public String title() {
        return "Second factor required";
    }
}
