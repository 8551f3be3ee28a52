package app.hearth.booking;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** A new start for an existing booking. */
record RescheduleRequest(@NotNull Instant start) {
}
