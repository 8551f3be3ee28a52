package app.hearth.booking;

import app.hearth.common.DatabaseRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** One step of a booking's life (created, moved, cancelled) and who took it, for the therapist's detail page. */
@Entity
@Table(name = "booking_change")
public class BookingChange extends DatabaseRow {

    @Column(name = "booking_id", nullable = false)
    public Long bookingId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BookingEvent.Kind kind;
    /** CLIENT, THERAPIST (or whatever {@link Booking#cancelledBy} names). */
    @Column(nullable = false)
    public String actor;
    @Column(name = "start_at", nullable = false)
    public Instant startAt;
    @Column(name = "previous_start_at")
    public Instant previousStartAt;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    static List<BookingChange> of(Long bookingId) {
        return list("bookingId = ?1 order by changedAt, id", bookingId);
    }

    /** Writes the history row in the change's own transaction, as the outbox does with its mail. */
    @ApplicationScoped
    static class Recorder {

        @Inject
        Clock clock;

        void record(@Observes BookingEvent event) {
            BookingChange change = new BookingChange();
            change.bookingId = event.booking().id;
            change.kind = event.kind();
            change.actor = switch (event.kind()) {
                case CREATED -> "CLIENT";
                // the client acts through their manage link; anyone else moving a call is its therapist
                case RESCHEDULED -> event.manageToken() != null ? "CLIENT" : "THERAPIST";
                case CANCELLED -> event.booking().cancelledBy == null ? "CLIENT" : event.booking().cancelledBy;
                case RELOCATED -> "THERAPIST";
                case REASSIGNED -> "ADMIN";
            };
            change.startAt = event.booking().startAt;
            change.previousStartAt = event.previousStart();
            change.changedAt = clock.instant();
            change.persist();
        }
    }
}
