package app.hearth.availability;

import java.time.Instant;

/** A bookable discovery-call time. */
public record Slot(Instant start, Instant end) {
}
