package app.hearth.booking;

import app.hearth.common.DatabaseRow;
import app.hearth.therapist.Therapist;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A discovery call between a prospective client and a therapist. */
@Entity
@Table(name = "booking")
public class Booking extends DatabaseRow {

    @Column(nullable = false)
    public String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id", nullable = false)
    public Therapist therapist;

    @Column(name = "start_at", nullable = false)
    public Instant startAt;
    @Column(name = "end_at", nullable = false)
    public Instant endAt;
    /** Mirrors startAt while active and is null once cancelled; a unique key on it forbids double booking. */
    @Column(name = "active_start_at")
    Instant activeStartAt;

    @Column(name = "client_name", nullable = false)
    public String clientName;
    /** Readable: mails go to it. Set through {@link BookingSeal#address}, which keeps its fingerprint in step. */
    @Column(name = "client_email", nullable = false)
    public String clientEmail;
    /** Keyed fingerprint of the address in lower case, so a client's bookings are found without plaintext matching. */
    @Column(name = "client_email_index")
    String clientEmailIndex;
    @Column(name = "client_timezone", nullable = false)
    public String clientTimezone;

    /** The key that sealed the phone and message; null only on rows written before they were sealed. */
    @Column(name = "details_key_id")
    String detailsKeyId;
    @Column(name = "client_phone_sealed")
    String sealedPhone;
    @Column(name = "message_sealed")
    String sealedMessage;
    /** Plaintext of rows written before sealing; read only to seal it, then cleared (see {@link BookingReseal}). */
    @Column(name = "client_phone")
    String legacyPhone;
    @Column(name = "message")
    String legacyMessage;

    /** Booked through "any available" rather than by choosing this therapist. */
    @Column(name = "booked_via_any", nullable = false)
    public boolean bookedViaAny;
    /** How this call happens (a MeetingKind name), fixed when booked; null on rows written before it was kept. */
    @Column(name = "meeting_kind")
    public String meetingKind;
    /** The video room of this call, for the video kinds. */
    @Column(name = "meeting_url")
    public String meetingUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BookingStatus status;
    /** The iCalendar SEQUENCE: one higher with every change a calendar must follow. */
    @Column(name = "sequence_number", nullable = false)
    public int sequence;
    @Column(name = "manage_token_hash", nullable = false)
    public String manageTokenHash;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isActive() {
        return status == BookingStatus.CONFIRMED;
    }

    public ZoneId clientZone() {
        return ZoneId.of(clientTimezone);
    }

    void confirmAt(Instant start, Instant end, Instant now) {
        startAt = start;
        endAt = end;
        activeStartAt = start;
        status = BookingStatus.CONFIRMED;
        updatedAt = now;
    }

    void moveTo(Instant start, Instant end, Instant now) {
        confirmAt(start, end, now);
        sequence++;
    }

    /** A change of where the call happens that calendars must follow (a new room, a new kind). */
    void relocate(String kind, String url, Instant now) {
        meetingKind = kind;
        meetingUrl = url;
        updatedAt = now;
        sequence++;
    }

    /** The call, at the same time, now with another therapist; calendars take it as an update (sequence). */
    void reassignTo(Therapist colleague, Instant now) {
        therapist = colleague;
        updatedAt = now;
        sequence++;
    }

    /** Whether the manage link still works: until the given number of days after the call's end. */
    public boolean linkExpired(Instant now, int daysAfter) {
        return now.isAfter(endAt.plus(java.time.Duration.ofDays(daysAfter)));
    }

    void cancel(String reason, String by, Instant now) {
        status = BookingStatus.CANCELLED;
        activeStartAt = null;
        cancelReason = reason;
        cancelledBy = by;
        cancelledAt = now;
        updatedAt = now;
        sequence++;
    }

    /** The therapist's booking with that reference; another therapist's reference finds nothing. */
    static Optional<Booking> ofTherapist(Long therapistId, String reference) {
        return find("reference = ?1 and therapist.id = ?2", reference, therapistId).firstResultOptional();
    }

    public static Optional<Booking> findByTokenHash(String hash) {
        return find("manageTokenHash", hash).firstResultOptional();
    }

    static List<Booking> activeBetween(Long therapistId, Instant from, Instant to) {
        return list("therapist.id = ?1 and status = ?2 and startAt < ?3 and endAt > ?4 order by startAt",
                therapistId, BookingStatus.CONFIRMED, to, from);
    }
}
