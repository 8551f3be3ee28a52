package app.hearth.availability;

import java.util.List;

/** The answer to an hours change: the hours now in force and the upcoming bookings they leave outside. */
public record WeeklyHoursChange(String timezone, List<WeeklyHours> rules, List<BookingConflict> conflicts) {
}
