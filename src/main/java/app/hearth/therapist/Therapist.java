package app.hearth.therapist;

import app.hearth.common.DatabaseRow;
import app.hearth.common.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A therapist of the practice: public profile, home zone and booking policy. */
@Entity
@Table(name = "therapist")
public class Therapist extends DatabaseRow {

    @Column(nullable = false)
    public String slug;
    @Column(nullable = false)
    public String name;
    public String pronouns;
    public String credentials;
    public String bio;
    @Column(name = "photo_url")
    public String photoUrl;
    @Column(nullable = false)
    public String timezone;
    @Column(nullable = false)
    @Convert(converter = StringListConverter.class)
    public List<String> specialties = new ArrayList<>();
    @Column(nullable = false)
    @Convert(converter = StringListConverter.class)
    public List<String> languages = new ArrayList<>();
    @Column(name = "accepting_new_clients", nullable = false)
    public boolean acceptingNewClients = true;
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "buffer_before_minutes", nullable = false)
    public int bufferBeforeMinutes;
    @Column(name = "buffer_after_minutes", nullable = false)
    public int bufferAfterMinutes;
    @Column(name = "minimum_notice_hours", nullable = false)
    public int minimumNoticeHours = BookingPolicy.DEFAULT.minimumNoticeHours();
    @Column(name = "horizon_days", nullable = false)
    public int horizonDays = BookingPolicy.DEFAULT.horizonDays();
    @Column(name = "max_per_day", nullable = false)
    public int maxPerDay = BookingPolicy.DEFAULT.maxPerDay();

    /** Where the therapist's own invitations go; without one, none are sent. Never shown publicly. */
    public String email;
    /** SHA-256 of the secret calendar-feed token; null while the therapist has no feed. */
    @Column(name = "calendar_feed_token_hash")
    public String calendarFeedTokenHash;

    /** How this therapist's calls happen (a MeetingKind name); null means the practice's default. */
    @Column(name = "meeting_kind")
    public String meetingKind;
    /** The fixed video room, for VIDEO_FIXED. */
    @Column(name = "meeting_url")
    public String meetingUrl;
    /** Whether a moved call gets a new generated room (otherwise it keeps the one its client already has). */
    @Column(name = "renew_room_on_reschedule", nullable = false)
    public boolean renewRoomOnReschedule;
    /** The slug of the intake form offered after booking; null means the practice's default. */
    @Column(name = "intake_form")
    public String intakeForm;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public BookingPolicy policy() {
        return new BookingPolicy(bufferBeforeMinutes, bufferAfterMinutes, minimumNoticeHours, horizonDays, maxPerDay);
    }

    public void applyPolicy(BookingPolicy policy) {
        bufferBeforeMinutes = policy.bufferBeforeMinutes();
        bufferAfterMinutes = policy.bufferAfterMinutes();
        minimumNoticeHours = policy.minimumNoticeHours();
        horizonDays = policy.horizonDays();
        maxPerDay = policy.maxPerDay();
    }

    /** Shown on the site and bookable at all (accepting new clients is a separate, softer switch). */
    public static Optional<Therapist> findListed(String slug) {
        return find("slug = ?1 and active = true", slug).firstResultOptional();
    }

    public static List<Therapist> listed() {
        return list("active = true order by name");
    }

    /** Who "any available" may go to. */
    public static List<Therapist> bookable() {
        return list("active = true and acceptingNewClients = true order by id");
    }

    /** Locks the row so bookings for one therapist are decided one at a time. */
    public static Therapist lockForBooking(Long id) {
        return getEntityManager().find(Therapist.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
