package app.hearth.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Marks that a booking's reminder was queued for its current start; the key makes it happen once. */
@Entity
@Table(name = "booking_reminder")
class BookingReminder extends PanacheEntityBase {

    @Id
    @Column(name = "booking_id")
    public Long bookingId;
    @Column(name = "start_at", nullable = false)
    public Instant startAt;
    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;
}
