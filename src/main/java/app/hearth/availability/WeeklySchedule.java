package app.hearth.availability;

import com.fasterxml.jackson.annotation.JsonFormat;
import app.hearth.common.TimeZoneName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A therapist's weekly hours as the therapist API reads and writes them: local times in the named zone. */
public record WeeklySchedule(@NotBlank @TimeZoneName String timezone,
                             @NotNull @Size(max = 70) List<@NotNull @Valid Rule> rules) {

    /** One span of hours on a weekday, "HH:mm" to "HH:mm". */
    public record Rule(@NotNull DayOfWeek day,
                       @NotNull @JsonFormat(pattern = "HH:mm") LocalTime start,
                       @NotNull @JsonFormat(pattern = "HH:mm") LocalTime end) {
    }
}
