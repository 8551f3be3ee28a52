package app.hearth.availability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** One span of a therapist's regular weekly hours. */
@Entity
@Table(name = "weekly_rule")
public class WeeklyRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "therapist_id", nullable = false)
    public Long therapistId;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    public DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    public LocalTime start;

    @Column(name = "end_time", nullable = false)
    public LocalTime end;

    public static WeeklyRule of(Long therapistId, DayOfWeek day, LocalTime start, LocalTime end) {
        WeeklyRule rule = new WeeklyRule();
        rule.therapistId = therapistId;
        rule.day = day;
        rule.start = start;
        rule.end = end;
        return rule;
    }

    public static List<WeeklyRule> forTherapist(Long therapistId) {
        return list("therapistId = ?1 order by day, start", therapistId);
    }

    public WeeklyHours hours() {
        return new WeeklyHours(day, start, end);
    }
}
