package app.hearth.booking;

/**
 * What booking asks the intake feature (which depends on booking, so booking only names this interface): whether a
 * form can be offered, and whether a booking's client has already sent theirs.
 */
public interface IntakeOffers {

    /** Whether a form with this slug is published, so a link to it works. */
    boolean published(String formSlug);

    /** Whether an intake submission is linked to this booking. */
    boolean submittedFor(Long bookingId);
}
