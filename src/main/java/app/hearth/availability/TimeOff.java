package app.hearth.availability;

import app.hearth.common.DatabaseRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A date override: time off (the whole day or a span) or replacement hours for one date. */
@Entity
@Table(name = "date_override")
public class TimeOff extends DatabaseRow {

    @Column(name = "therapist_id", nullable = false)
    public Long therapistId;

    @Column(name = "override_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OverrideKind kind;

    @Column(name = "start_time")
    public LocalTime start;

    @Column(name = "end_time")
    public LocalTime end;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<TimeOff> forTherapist(Long therapistId, LocalDate from, LocalDate to) {
        return list("therapistId = ?1 and date >= ?2 and date <= ?3 order by date, start", therapistId, from, to);
    }

    public DayOverride override() {
        return new DayOverride(date, kind, start, end);
    }
}
