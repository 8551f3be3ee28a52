package app.hearth.availability;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One span of a therapist's regular weekly hours on a weekday, in the therapist's own zone, "HH:mm" to "HH:mm"
 * in the API. That it starts before it ends is checked where it arrives ({@link WeeklyHoursInZone#mistakes},
 * which names the field) and by the database.
 */
public record WeeklyHours(@NotNull DayOfWeek day,
                          @NotNull @JsonFormat(pattern = "HH:mm") LocalTime start,
                          @NotNull @JsonFormat(pattern = "HH:mm") LocalTime end) {
}
