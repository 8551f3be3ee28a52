package app.hearth.calendarsync;

import app.hearth.common.DatabaseRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One of a therapist's own calendars: where it is (sealed), how its last sync went, and when the next is due. */
@Entity
@Table(name = "calendar_connection")
class CalendarConnection extends DatabaseRow {

    enum Kind { ICS, CALDAV }

    enum State { OK, FAILING, PENDING }

    @Column(name = "therapist_id", nullable = false)
    Long therapistId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Kind kind;

    /** Scheme and host only: enough for the therapist to recognise it, nothing that opens it. */
    @Column(name = "address_hint", nullable = false)
    String addressHint;

    @Column(name = "address_sealed")
    String addressSealed;

    @Column(name = "username_sealed")
    String usernameSealed;

    @Column(name = "password_sealed")
    String passwordSealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    State state;

    @Column(name = "last_sync_at")
    Instant lastSyncAt;

    /** When the events were last read in full rather than found unchanged. */
    @Column(name = "full_read_at")
    Instant fullReadAt;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "next_sync_at", nullable = false)
    Instant nextSyncAt;

    @Column(name = "claimed_until")
    Instant claimedUntil;

    @Column(name = "etag")
    String etag;

    @Column(name = "last_modified")
    String lastModified;

    /** The therapist's opt-in to the client's name in the title of bookings written into their calendar. */
    @Column(name = "client_name_in_title", nullable = false)
    boolean clientNameInTitle;

    /** Past HEARTH_CALENDAR_STALE_AFTER without a successful read, the busy time stops blocking (else it keeps). */
    @Column(name = "stop_when_stale", nullable = false)
    boolean stopWhenStale;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    static List<CalendarConnection> ofTherapist(Long therapistId) {
        return list("therapistId = ?1 order by id", therapistId);
    }

    static CalendarConnection owned(Long therapistId, Long id) {
        return CalendarConnection.<CalendarConnection>find("id = ?1 and therapistId = ?2", id, therapistId).firstResult();
    }
}
