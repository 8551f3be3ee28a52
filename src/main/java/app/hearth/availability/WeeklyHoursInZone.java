package app.hearth.availability;

import app.hearth.common.Problem.FieldError;
import app.hearth.common.TimeZoneName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * A therapist's weekly hours as the therapist API reads and writes them: spans in the named zone, as
 * {@code {timezone, rules: [{day, start, end}]}}.
 */
public record WeeklyHoursInZone(@NotBlank @TimeZoneName String timezone,
                         @NotNull @Size(max = 70) List<@NotNull @Valid WeeklyHours> rules) {

    /** Spans that end before they start, or overlap another span of the same day, one error each. */
    public static List<FieldError> mistakes(List<WeeklyHours> rules) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            WeeklyHours rule = rules.get(i);
            if (!rule.start().isBefore(rule.end())) {
                errors.add(new FieldError("rules[" + i + "].end", "must be later than start"));
                continue;
            }
            for (int j = 0; j < i; j++) {
                WeeklyHours earlier = rules.get(j);
                if (earlier.day() == rule.day() && earlier.start().isBefore(earlier.end())
                        && rule.start().isBefore(earlier.end()) && earlier.start().isBefore(rule.end())) {
                    errors.add(new FieldError("rules[" + i + "]", "overlaps rules[" + j + "] on " + rule.day()));
                    break;
                }
            }
        }
        return errors;
    }
}
