package app.hearth.booking;

import app.hearth.common.HearthConfig;
import app.hearth.common.Secrets;
import app.hearth.meeting.Location;
import app.hearth.meeting.MeetingKind;
import app.hearth.meeting.RoomUrls;
import app.hearth.seal.Sealer;
import app.hearth.therapist.Therapist;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Where and how a booking's call happens, and the intake form its client is invited to: resolves a therapist's
 * choice (or the practice's default) into a booking's location, and mints the intake link that pre-links a
 * submission to the booking. The intake link carries its own token ("reference.mac", a keyed fingerprint of the
 * reference), not the manage token, so it can be mailed again (the reminder) and cannot move or cancel the call.
 */
@ApplicationScoped
public class CallPlans {

    private static final String INTAKE_LINK = "intake-link";

    @Inject
    HearthConfig config;
    @Inject
    Sealer sealer;
    @Inject
    IntakeOffers intake;

    /** A wrong video base stops the start at once with the variable named, rather than mailing broken rooms. */
    void checkBase(@Observes StartupEvent start) {
        RoomUrls.problemWithBase(config.videoBaseUrl()).ifPresent(problem -> {
            throw new IllegalStateException("HEARTH_VIDEO_BASE_URL " + problem);
        });
        MeetingKind fallback = MeetingKind.of(config.defaultMeeting(), null);
        if (fallback == null || fallback == MeetingKind.VIDEO_FIXED) {
            throw new IllegalStateException("HEARTH_DEFAULT_MEETING must be PHONE, VIDEO_GENERATED or IN_PERSON");
        }
        if (fallback == MeetingKind.IN_PERSON && config.practiceAddress().isEmpty()) {
            throw new IllegalStateException("HEARTH_DEFAULT_MEETING is IN_PERSON but HEARTH_PRACTICE_ADDRESS is not set");
        }
    }

    /** The practice's default kind (never VIDEO_FIXED: the practice has no one room for all). */
    public MeetingKind practiceDefault() {
        MeetingKind kind = MeetingKind.of(config.defaultMeeting(), MeetingKind.VIDEO_GENERATED);
        return kind == MeetingKind.VIDEO_FIXED ? MeetingKind.VIDEO_GENERATED : kind;
    }

    /** How this therapist's calls happen now. */
    public MeetingKind kindOf(Therapist therapist) {
        MeetingKind chosen = MeetingKind.of(therapist.meetingKind, null);
        if (chosen == null || chosen == MeetingKind.VIDEO_FIXED && therapist.meetingUrl == null) {
            return practiceDefault();
        }
        return chosen;
    }

    /** Whether booking with this therapist needs the client's phone number. */
    public boolean needsPhone(Therapist therapist) {
        return kindOf(therapist) == MeetingKind.PHONE;
    }

    /** How a call with this therapist will happen, told before booking (a room exists only once booked). */
    public String preview(Therapist therapist) {
        return switch (kindOf(therapist)) {
            case PHONE -> therapist.name + " will phone you at the number you give below.";
            case VIDEO_FIXED, VIDEO_GENERATED -> "A video call in your browser, nothing to install: the link to join "
                    + "comes with your confirmation.";
            case IN_PERSON -> "In person at " + config.practiceAddress().orElse("the practice") + ".";
        };
    }

    /** Fixes a new or moved booking's place from its therapist's current choice (a fresh room when generated). */
    void place(Booking booking, Therapist therapist) {
        MeetingKind kind = kindOf(therapist);
        booking.meetingKind = kind.name();
        booking.meetingUrl = switch (kind) {
            case VIDEO_FIXED -> therapist.meetingUrl;
            case VIDEO_GENERATED -> RoomUrls.newRoom(config.videoBaseUrl());
            case PHONE, IN_PERSON -> null;
        };
    }

    /** The booking's location as clients and calendars see it. */
    public Location locationOf(Booking booking) {
        MeetingKind kind = MeetingKind.of(booking.meetingKind, null);
        if (kind == null) {
            // booked before locations were kept: the therapist's phone or in-person choice still holds, a room did not
            kind = kindOf(booking.therapist);
            return kind.isVideo() ? Location.video(kind, null) : locationOf(kind, null);
        }
        return locationOf(kind, booking.meetingUrl);
    }

    private Location locationOf(MeetingKind kind, String url) {
        return switch (kind) {
            case PHONE -> Location.phone();
            case VIDEO_FIXED, VIDEO_GENERATED -> Location.video(kind, url);
            case IN_PERSON -> Location.inPerson(config.practiceAddress().orElse(null));
        };
    }

    /** The form slug this therapist's clients are offered, if one is published. */
    public Optional<String> offeredForm(Therapist therapist) {
        String slug = therapist.intakeForm != null ? therapist.intakeForm : config.intake().defaultForm();
        if (slug == null || slug.isBlank() || "none".equals(slug) || !intake.published(slug)) {
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    /** The pre-linked intake form for this booking: empty when cancelled, none is offered or it was sent already. */
    public Optional<String> intakeUrl(Booking booking) {
        if (!booking.isActive() || intake.submittedFor(booking.id)) {
            return Optional.empty();
        }
        return offeredForm(booking.therapist).map(slug -> config.publicUrl("/intake/" + slug + "?booking="
                + URLEncoder.encode(intakeToken(booking), StandardCharsets.UTF_8)));
    }

    /** Whether this booking's client has sent an intake linked to it. */
    public boolean intakeDone(Booking booking) {
        return intake.submittedFor(booking.id);
    }

    /** The intake link's token: the reference and a keyed fingerprint of it, so only the server can mint one. */
    String intakeToken(Booking booking) {
        return booking.reference + "." + sealer.blindIndex(INTAKE_LINK, booking.reference);
    }

    /**
     * The booking a token given with an intake names: a manage token (as before) or an intake link's token.
     * Empty when it names none.
     */
    public Optional<Booking> bookingForIntake(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Secrets.looksLikeToken(token) ? Booking.findByTokenHash(Secrets.hash(token)) : Optional.empty();
        }
        String reference = token.substring(0, dot);
        byte[] mac = token.substring(dot + 1).getBytes(StandardCharsets.UTF_8);
        if (!reference.matches("HB-[A-Z0-9]{4}-[A-Z0-9]{4}")) {
            return Optional.empty();
        }
        boolean genuine = sealer.blindIndexes(INTAKE_LINK, reference).stream()
                .anyMatch(expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), mac));
        return genuine ? Booking.find("reference", reference).firstResultOptional() : Optional.empty();
    }
}
