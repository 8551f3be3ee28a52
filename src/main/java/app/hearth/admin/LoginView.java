package app.hearth.admin;

/** The login a therapist has now. */
public record LoginView(String email, boolean active) {
}
