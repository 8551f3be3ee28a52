package app.hearth.seal;

import app.hearth.common.HearthException;

/** A form post without a genuine, fresh form token: forged, sent to the wrong form, or open too long. */
public class FormExpiredException extends HearthException {

    public FormExpiredException() {
        super("This form has expired or did not come from this site. Go back, reload the page and try again.");
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String type() {
        return "form-expired";
    }

    @Override
    public String title() {
        return "Form expired";
    }
}
