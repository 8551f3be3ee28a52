package app.hearth.staff;

import java.util.List;

/**
 * What the staff layout needs on every page: the title, who is signed in (null on sign-in pages) and the form
 * token for the sign-out button, plus an optional notice and the error summary of the page's form; {@code admin} shows
 * the link to the practice console.
 */
public record StaffPage(String title, String practiceName, String signedInAs, String formToken, String notice,
                        List<FieldError> problems, long idleSeconds, boolean admin) {

    /** One entry of the error summary: the field's id, its label and what is wrong. */
    public record FieldError(String id, String label, String message) {
    }

    public boolean hasErrors() {
        return problems != null && !problems.isEmpty();
    }

    public String errorFor(String id) {
        return problems == null ? null : problems.stream().filter(e -> e.id().equals(id)).map(FieldError::message)
                .findFirst().orElse(null);
    }

    public StaffPage withErrors(List<FieldError> found) {
        return new StaffPage(title, practiceName, signedInAs, formToken, notice, found, idleSeconds, admin);
    }

    public StaffPage withNotice(String text) {
        return new StaffPage(title, practiceName, signedInAs, formToken, text, problems, idleSeconds, admin);
    }
}
