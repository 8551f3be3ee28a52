package app.hearth.intake;

/**
 * Fired synchronously inside the transaction that stored a submission, so a notification is written atomically
 * with it. Carries references only: observers must never need, or see, the answers. The client's address (null
 * when unknown) is there only to file the notification under that client for erasure, never to be written in it.
 */
record IntakeSubmitted(String reference, String formTitle, boolean urgent, Long therapistId,
                              String bookingReference, String clientEmail) {
}
