package app.hearth.calendarsync;

import app.hearth.common.DatabaseRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One busy interval from a connected calendar; written in batches by {@link BusyStore}. */
@Entity
@Table(name = "external_busy")
class BusySpan extends DatabaseRow {

    @Column(name = "connection_id", nullable = false)
    Long connectionId;

    @Column(name = "therapist_id", nullable = false)
    Long therapistId;

    @Column(name = "start_at", nullable = false)
    Instant start;

    @Column(name = "end_at", nullable = false)
    Instant end;
}
