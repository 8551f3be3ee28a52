package app.hearth.intake;

import app.hearth.booking.Booking;
import app.hearth.booking.CallPlans;
import app.hearth.booking.IntakeOffers;
import app.hearth.common.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Intake's side of the booking journey: tells booking which forms can be offered and which bookings have their
 * intake, and resolves the token an intake link carries to its booking, refusing a cancelled booking's or one whose
 * intake was already sent (a sent intake is never shown again through its link).
 */
@ApplicationScoped
class IntakeBookingLinks implements IntakeOffers {

    @Inject
    CallPlans plans;

    @Override
    public boolean published(String formSlug) {
        return IntakeForm.published(formSlug).isPresent();
    }

    @Override
    public boolean submittedFor(Long bookingId) {
        return bookingId != null && IntakeSubmission.count("booking.id", bookingId) > 0;
    }

    /** Why a booking link cannot take an intake now; empty when it can. */
    enum Refusal {
        UNKNOWN, CANCELLED, ALREADY_SENT
    }

    /** The booking a token names, or why it cannot be used. */
    record Linked(Booking booking, Refusal refusal) {
    }

    /** Why the token cannot take an intake now (null when it can), read in a transaction of its own. */
    @Transactional
    Refusal inTransaction(String token) {
        return resolve(token).refusal();
    }

    Linked resolve(String token) {
        Optional<Booking> found = plans.bookingForIntake(token);
        if (found.isEmpty()) {
            return new Linked(null, Refusal.UNKNOWN);
        }
        Booking booking = found.get();
        if (!booking.isActive()) {
            return new Linked(booking, Refusal.CANCELLED);
        }
        if (submittedFor(booking.id)) {
            return new Linked(booking, Refusal.ALREADY_SENT);
        }
        return new Linked(booking, null);
    }

    /** The booking for a draft or submission; none without a token, a field error when it cannot be linked. */
    Booking booking(String token, List<FieldError> errors) {
        if (token == null || token.isBlank()) {
            return null;
        }
        Linked linked = resolve(token);
        if (linked.refusal() == null) {
            return linked.booking();
        }
        errors.add(new FieldError("bookingToken", switch (linked.refusal()) {
            case UNKNOWN -> "is not a valid booking link";
            case CANCELLED -> "belongs to a cancelled booking: book a new call to be offered the form again";
            case ALREADY_SENT -> "belongs to a booking whose intake was already sent";
        }));
        return null;
    }
}
