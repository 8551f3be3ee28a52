package app.hearth.team;

/** The login a therapist has now. */
record TherapistLoginView(String email, boolean active) {
}
