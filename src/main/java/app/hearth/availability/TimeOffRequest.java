package app.hearth.availability;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalTime;

/** A date override: UNAVAILABLE for the whole date (no times) or a span, AVAILABLE with the hours that replace the day's. */
public record TimeOffRequest(@NotNull LocalDate date, @NotNull OverrideKind kind,
                             @JsonFormat(pattern = "HH:mm") LocalTime start,
                             @JsonFormat(pattern = "HH:mm") LocalTime end) {
}
