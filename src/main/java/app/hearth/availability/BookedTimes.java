package app.hearth.availability;

import java.time.Instant;
import java.util.List;

/**
 * The calls already booked with a therapist, as availability needs them. Defined here and implemented by
 * the booking feature, so availability never depends on booking (booking depends on availability).
 */
public interface BookedTimes {

    /** A confirmed call: its public reference and when it runs. */
    record Call(Long bookingId, String reference, Instant start, Instant end) {
    }

    /** Confirmed calls that overlap [from, to), earliest first. */
    List<Call> confirmedBetween(Long therapistId, Instant from, Instant to);

    /** Confirmed calls that start after the instant, earliest first. */
    List<Call> confirmedAfter(Long therapistId, Instant after);
}
