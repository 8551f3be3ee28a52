package app.hearth.availability;

import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A therapist's own hours, time off and booking policy, read and changed under the booking lock. */
@ApplicationScoped
public class ScheduleService {

    public WeeklySchedule schedule(Therapist therapist) {
        List<WeeklySchedule.Rule> rules = WeeklyRule.forTherapist(therapist.id).stream()
                .map(r -> new WeeklySchedule.Rule(r.day, r.start, r.end)).toList();
        return new WeeklySchedule(therapist.timezone, rules);
    }
}
