package app.hearth.availability;

import java.time.Instant;

/** A confirmed booking that the therapist's current hours no longer cover: kept, and shown so someone acts on it. */
public record BookingConflict(String reference, Instant start, Instant end) {
}
