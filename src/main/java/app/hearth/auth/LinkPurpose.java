package app.hearth.auth;

/** What a mailed single-use link is for. */
public enum LinkPurpose {
    /** Accept an invitation: choose the first password (72 hours). */
    INVITATION,
    /** Choose a new password after forgetting it (30 minutes). */
    RESET,
    /** Confirm a new email address, mailed to that address (24 hours). */
    EMAIL
}
