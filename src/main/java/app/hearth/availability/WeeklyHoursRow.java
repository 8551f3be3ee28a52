package app.hearth.availability;

import app.hearth.common.DatabaseRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A stored {@link WeeklyHours} span of one therapist (table weekly_rule). */
@Entity
@Table(name = "weekly_rule")
public class WeeklyHoursRow extends DatabaseRow {

    @Column(name = "therapist_id", nullable = false)
    public Long therapistId;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    public DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    public LocalTime start;

    @Column(name = "end_time", nullable = false)
    public LocalTime end;

    public static WeeklyHoursRow of(Long therapistId, DayOfWeek day, LocalTime start, LocalTime end) {
        WeeklyHoursRow row = new WeeklyHoursRow();
        row.therapistId = therapistId;
        row.day = day;
        row.start = start;
        row.end = end;
        return row;
    }

    public static List<WeeklyHoursRow> forTherapist(Long therapistId) {
        return list("therapistId = ?1 order by day, start", therapistId);
    }

    public WeeklyHours hours() {
        return new WeeklyHours(day, start, end);
    }
}
