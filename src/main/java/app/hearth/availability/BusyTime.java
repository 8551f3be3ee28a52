package app.hearth.availability;

import java.time.Instant;

/**
 * Time the slot engine must not offer. A booked call ({@code call}) is widened by the policy's buffers and counts
 * towards the day's limit; cancelled ones are passed with active=false and free their time. Busy time from the
 * therapist's own calendars ({@link #elsewhere}) blocks exactly its span and counts towards nothing.
 */
public record BusyTime(Instant start, Instant end, boolean active, boolean call) {

    public BusyTime(Instant start, Instant end, boolean active) {
        this(start, end, active, true);
    }

    public static BusyTime active(Instant start, Instant end) {
        return new BusyTime(start, end, true, true);
    }

    /** Busy in one of the therapist's own calendars. */
    public static BusyTime elsewhere(Instant start, Instant end) {
        return new BusyTime(start, end, true, false);
    }
}
