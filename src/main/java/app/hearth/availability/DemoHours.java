package app.hearth.availability;

import app.hearth.therapist.DemoTherapistsSeeded;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/** The demo therapists' weekly hours, written in the same transaction that seeds the therapists. */
@ApplicationScoped
class DemoHours {

    void seed(@Observes DemoTherapistsSeeded seeded) {
        for (Therapist t : seeded.therapists()) {
            switch (t.slug) {
                case "amara-okafor" -> {
                    hours(t, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "09:00", "12:00", "13:00", "17:00");
                    hours(t, List.of(FRIDAY), "09:00", "13:00");
                }
                case "daniel-reyes" -> {
                    hours(t, List.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), "10:00", "18:00");
                    hours(t, List.of(SATURDAY), "09:00", "12:00");
                }
                case "priya-shah" -> hours(t, List.of(MONDAY, WEDNESDAY, FRIDAY), "08:00", "11:30", "16:00", "20:00");
                default -> {
                }
            }
        }
    }

    /** Adds the same spans (given as start/end pairs) to each of the days. */
    private static void hours(Therapist t, List<DayOfWeek> days, String... spans) {
        for (DayOfWeek day : days) {
            for (int i = 0; i < spans.length; i += 2) {
                WeeklyHoursRow.of(t.id, day, LocalTime.parse(spans[i]), LocalTime.parse(spans[i + 1])).persist();
            }
        }
    }
}
