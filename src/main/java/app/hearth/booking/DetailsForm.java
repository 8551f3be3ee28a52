package app.hearth.booking;

import app.hearth.seal.ProofOfWork;

import java.util.List;
import java.util.Map;

/**
 * The booking details form, with what was typed and what was wrong with it, how the call will happen and whether
 * that needs the client's phone number, and its puzzle when one is required.
 */
record DetailsForm(String action, String start, String when, String tz, String formToken, String requestKey,
                          Map<String, String> values, Map<String, String> errors, String changeHref, String how,
                          boolean phoneRequired, ProofOfWork.Challenge challenge) {

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Map.Entry<String, String>> errorList() {
        return List.copyOf(errors.entrySet());
    }

    public boolean consented() {
        return "yes".equals(values.get("consent"));
    }
}
