package app.hearth.intake;

/**
 * Fired synchronously inside the transaction that stored a submission, so a notification is written atomically
 * with it. Carries references only: observers must never need, or see, the answers.
 */
record IntakeSubmitted(String reference, String formTitle, boolean urgent, Long therapistId,
                              String bookingReference) {
}
