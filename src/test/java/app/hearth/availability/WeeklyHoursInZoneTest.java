package app.hearth.availability;

import app.hearth.common.Problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WeeklyHoursInZoneTest {

    /** Rules as "DAY start-end" separated by ";", and the fields the check must name (none when blank). */
    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "MONDAY 09:00-12:00; MONDAY 13:00-17:00 |",
            "MONDAY 09:00-12:00; MONDAY 12:00-13:00 |",
            "MONDAY 09:00-12:00; TUESDAY 09:00-12:00 |",
            "MONDAY 09:00-12:00; MONDAY 11:59-13:00 | rules[1]",
            "MONDAY 09:00-17:00; MONDAY 10:00-11:00 | rules[1]",
            "MONDAY 10:00-11:00; MONDAY 09:00-17:00 | rules[1]",
            "MONDAY 12:00-09:00 | rules[0].end",
            "MONDAY 09:00-09:00 | rules[0].end",
            "FRIDAY 09:00-10:00; FRIDAY 09:30-11:00; FRIDAY 10:30-12:00 | rules[1] rules[2]",
            "SUNDAY 17:00-16:00; SUNDAY 09:00-12:00 | rules[0].end",
    })
    void findsBackwardAndOverlappingHours(String rules, String expected) {
        List<WeeklyHours> parsed = new ArrayList<>();
        for (String rule : rules.split(";")) {
            String[] parts = rule.strip().split("[ -]");
            parsed.add(new WeeklyHours(DayOfWeek.valueOf(parts[0]), LocalTime.parse(parts[1]),
                    LocalTime.parse(parts[2])));
        }
        List<String> fields = WeeklyHoursInZone.mistakes(parsed).stream().map(FieldError::field).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split(" ")), fields);
    }
}
