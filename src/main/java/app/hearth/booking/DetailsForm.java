package app.hearth.booking;

import app.hearth.seal.ProofOfWork;

import java.util.List;
import java.util.Map;

/** The booking details form, with what was typed, what was wrong with it, and its puzzle when one is required. */
record DetailsForm(String action, String start, String when, String tz, String formToken, String requestKey,
                          Map<String, String> values, Map<String, String> errors, String changeHref,
                          ProofOfWork.Challenge challenge) {

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
