package app.hearth.common;

import java.util.List;

/** Input that passed the JSON and bean checks but breaks a rule only the domain knows. */
public class InvalidInputException extends HearthException {

    private final List<Problem.FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).message() : "Some fields are not valid.");
        this.errors = List.copyOf(errors);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String type() {
        return "validation";
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    @Override
    public List<Problem.FieldError> errors() {
        return errors;
    }
}
