package app.hearth.team;

/** The login a therapist has now. */
public record TherapistLoginView(String email, boolean active) {
}
