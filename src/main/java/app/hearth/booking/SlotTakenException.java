package app.hearth.booking;

import app.hearth.common.ConflictException;

/** Someone else got there first, or the day is full: 409, and the client picks another time. */
class SlotTakenException extends ConflictException {

    public SlotTakenException() {
        super("slot-taken", "That time is no longer available. Please choose another.");
    }
}
