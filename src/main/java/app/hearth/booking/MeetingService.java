package app.hearth.booking;

import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem.FieldError;
import app.hearth.meeting.MeetingKind;
import app.hearth.meeting.RoomUrls;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes how a therapist's calls happen. Everything is checked before anything is written; when the therapist asks,
 * upcoming calls follow in the same transaction and each client gets an updated invitation (REQUEST, SEQUENCE + 1).
 */
@ApplicationScoped
public class MeetingService {

    private static final Logger LOG = Logger.getLogger(MeetingService.class);

    @Inject
    CallPlans plans;
    @Inject
    HearthConfig config;
    @Inject
    IntakeOffers intake;
    @Inject
    Clock clock;
    @Inject
    Event<BookingEvent> events;

    public MeetingSettings.View view(Therapist therapist, Integer updated) {
        MeetingKind kind = plans.kindOf(therapist);
        return new MeetingSettings.View(kind.name(), kind == MeetingKind.VIDEO_FIXED ? therapist.meetingUrl : null,
                kind == MeetingKind.IN_PERSON ? config.practiceAddress().orElse(null) : null,
                therapist.intakeForm != null ? therapist.intakeForm : config.intake().defaultForm(),
                therapist.renewRoomOnReschedule, therapist.meetingKind == null, updated);
    }

    public MeetingSettings.View change(Long therapistId, MeetingSettings.Change change) {
        List<FieldError> errors = new ArrayList<>();
        MeetingKind kind = MeetingKind.of(change.kind(), null);
        if (kind == null) {
            errors.add(new FieldError("kind", "must be PHONE, VIDEO_FIXED, VIDEO_GENERATED or IN_PERSON"));
        } else if (kind == MeetingKind.VIDEO_FIXED) {
            RoomUrls.problemWithRoom(change.url()).ifPresent(p -> errors.add(new FieldError("url", p)));
        } else if (change.url() != null && !change.url().isBlank()) {
            errors.add(new FieldError("url", "is only for VIDEO_FIXED"));
        }
        if (kind == MeetingKind.IN_PERSON && config.practiceAddress().isEmpty()) {
            errors.add(new FieldError("kind", "IN_PERSON needs the practice's address (HEARTH_PRACTICE_ADDRESS)"));
        }
        String form = intakeFormChoice(change.intakeForm(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Therapist therapist = Therapist.lockForBooking(therapistId);
            Instant now = clock.instant();
            therapist.meetingKind = kind.name();
            therapist.meetingUrl = kind == MeetingKind.VIDEO_FIXED ? change.url().strip() : null;
            therapist.intakeForm = form;
            if (change.renewRoomOnReschedule() != null) {
                therapist.renewRoomOnReschedule = change.renewRoomOnReschedule();
            }
            therapist.updatedAt = now;
            int moved = Boolean.TRUE.equals(change.applyToUpcoming()) ? relocateUpcoming(therapist, kind, now) : 0;
            return view(therapist, Boolean.TRUE.equals(change.applyToUpcoming()) ? moved : null);
        });
    }

    /**
     * The intake form the therapist's clients are offered after booking, as stored: a form's slug, "none", or null
     * for the practice's default (HEARTH_INTAKE_DEFAULT_FORM).
     */
    public String offeredIntakeForm(Long therapistId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Therapist therapist = Therapist.findById(therapistId);
            if (therapist == null) {
                throw new NotFoundException("There is no such therapist.");
            }
            return therapist.intakeForm;
        });
    }

    /** Changes only which intake form the therapist's clients are offered, by the same rule as a whole change. */
    public void offerIntakeForm(Long therapistId, String intakeForm) {
        List<FieldError> errors = new ArrayList<>();
        String form = intakeFormChoice(intakeForm, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Therapist therapist = Therapist.lockForBooking(therapistId);
            if (therapist == null) {
                throw new NotFoundException("There is no such therapist.");
            }
            therapist.intakeForm = form;
            therapist.updatedAt = clock.instant();
        });
    }

    /** A blank choice is the practice's default (null); "none" offers none; anything else must be published. */
    private String intakeFormChoice(String choice, List<FieldError> errors) {
        String form = choice == null || choice.isBlank() ? null : choice.strip();
        if (form != null && !"none".equals(form) && !intake.published(form)) {
            errors.add(new FieldError("intakeForm", "is not a published intake form"));
        }
        return form;
    }

    /** Upcoming calls whose place differs take the new one; a generated room already given is kept. */
    private int relocateUpcoming(Therapist therapist, MeetingKind kind, Instant now) {
        List<Booking> upcoming = Booking.list("therapist.id = ?1 and status = ?2 and startAt > ?3 order by startAt",
                therapist.id, BookingStatus.CONFIRMED, now);
        int moved = 0;
        for (Booking booking : upcoming) {
            if (kind.name().equals(booking.meetingKind)
                    && (kind != MeetingKind.VIDEO_FIXED || Objects.equals(booking.meetingUrl, therapist.meetingUrl))) {
                continue;
            }
            String url = switch (kind) {
                case VIDEO_FIXED -> therapist.meetingUrl;
                case VIDEO_GENERATED -> RoomUrls.newRoom(config.videoBaseUrl());
                case PHONE, IN_PERSON -> null;
            };
            booking.relocate(kind.name(), url, now);
            Booking.flush();
            events.fire(new BookingEvent(BookingEvent.Kind.RELOCATED, booking, null, null));
            moved++;
        }
        LOG.infof("therapist %s moved %d upcoming calls to %s", therapist.slug, moved, kind);
        return moved;
    }
}
