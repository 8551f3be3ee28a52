package app.hearth.auth;

/** How far a sign-in has come: password checked, second factor pending or enrolment pending, or complete. */
public enum SignInStage {
    /** Password correct; a code from the enrolled second factor is still needed. */
    SECOND_FACTOR,
    /** Password correct; the account must enrol a second factor before anything else. */
    ENROLMENT,
    /** Signed in. */
    SIGNED_IN
}
