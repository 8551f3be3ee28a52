package app.hearth.availability;

import java.time.Instant;

/** An existing booking as the slot engine sees it; cancelled ones are passed with active=false and free their time. */
public record BusyTime(Instant start, Instant end, boolean active) {

    public static BusyTime active(Instant start, Instant end) {
        return new BusyTime(start, end, true);
    }
}
