package app.hearth.mail;

/** Where an outbox message stands: waiting (or retrying), delivered, given up on, or no longer wanted. */
public enum OutboxState {
    PENDING, SENT, DEAD, WITHDRAWN
}
