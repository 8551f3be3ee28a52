package app.hearth.calendarsync;

import app.hearth.common.DatabaseRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A booking waiting to be written into (or removed from) one connection's calendar. One row per connection and
 * booking: a newer change bumps {@link #version}, so the relay, which reads the booking when it sends, delivers only
 * the latest state and knows when a change arrived while it was sending.
 */
@Entity
@Table(name = "calendar_write")
class CalendarWrite extends DatabaseRow {

    @Column(name = "connection_id", nullable = false)
    Long connectionId;

    @Column(name = "booking_id", nullable = false)
    Long bookingId;

    @Column(name = "calendar_href", nullable = false)
    String calendarHref;

    @Column(nullable = false)
    int version;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "claimed_until")
    Instant claimedUntil;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
