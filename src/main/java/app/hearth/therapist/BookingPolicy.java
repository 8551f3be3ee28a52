package app.hearth.therapist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How a therapist's free time may be booked: buffers around calls, notice, how far ahead, how many a day. */
public record BookingPolicy(
        @NotNull @Min(0) @Max(240) Integer bufferBeforeMinutes,
        @NotNull @Min(0) @Max(240) Integer bufferAfterMinutes,
        @NotNull @Min(0) @Max(720) Integer minimumNoticeHours,
        @NotNull @Min(1) @Max(365) Integer horizonDays,
        @NotNull @Min(0) @Max(96) Integer maxPerDay) {

    public static final BookingPolicy DEFAULT = new BookingPolicy(0, 0, 24, 60, 8);
}
