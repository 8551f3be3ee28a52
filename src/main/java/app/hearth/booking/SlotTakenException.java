package app.hearth.booking;

import app.hearth.common.ConflictException;
import app.hearth.common.Constraints;
import jakarta.persistence.PersistenceException;

/** Someone else got there first, or the day is full: 409, and the client picks another time. */
class SlotTakenException extends ConflictException {

    public SlotTakenException() {
        super("slot-taken", "That time is no longer available. Please choose another.");
    }

    /** This 409 when the database refused a double booking; the failure itself otherwise. */
    static RuntimeException orFailure(PersistenceException e) {
        return isDoubleBooking(e) ? new SlotTakenException() : e;
    }

    static boolean isDoubleBooking(Throwable e) {
        return Constraints.violated(e, "booking_active_slot_unique") || Constraints.violated(e, "booking_no_overlap");
    }
}
