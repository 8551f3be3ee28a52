package app.hearth.availability;

import java.time.Instant;
import java.util.List;

/**
 * Busy time a therapist has outside Hearth (their own calendars). Defined here and implemented by the feature that
 * reads those calendars, found through CDI, so availability never depends on it; without one, nothing is added.
 * Implementations answer from what they have stored and never wait on a remote server.
 */
public interface ExternalBusyTimes {

    /** Busy spans overlapping [from, to), as {@link BusyTime#elsewhere} values. */
    List<BusyTime> busyBetween(Long therapistId, Instant from, Instant to);
}
