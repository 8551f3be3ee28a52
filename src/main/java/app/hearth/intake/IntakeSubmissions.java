package app.hearth.intake;

import app.hearth.booking.Booking;
import app.hearth.common.HearthConfig;
import app.hearth.common.Problem.FieldError;
import app.hearth.intake.IntakeApi.SubmissionReceipt;
import app.hearth.intake.IntakeApi.SubmissionRequest;
import app.hearth.seal.Sealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Receives completed forms: answers are validated against the form, scored, and sealed before JPA sees them.
 * A submission replaces the draft it came from and tells the practice (urgent ones at once).
 */
@ApplicationScoped
class IntakeSubmissions {

    private static final Logger LOG = Logger.getLogger(IntakeSubmissions.class);
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;
    @Inject
    Sealer sealer;
    @Inject
    IntakeInput input;
    @Inject
    IntakeBookingLinks links;
    @Inject
    IntakeDrafts drafts;
    @Inject
    Event<IntakeSubmitted> submitted;

    @Transactional
    SubmissionReceipt submit(String slug, SubmissionRequest request) {
        IntakeForm form = IntakeForms.published(slug);
        List<FieldError> errors = new ArrayList<>();
        Booking booking = links.booking(request.bookingToken(), errors);
        IntakeDraft draft = null;
        if (request.draftToken() != null && !request.draftToken().isBlank()) {
            draft = drafts.find(request.draftToken()).filter(d -> d.form.slug.equals(slug)).orElse(null);
            if (draft == null) {
                errors.add(new FieldError("draftToken", "is not a saved draft of this form, or it has expired"));
            }
        }
        Map<String, Object> answers = input.answers(form, request.answers(), IntakeValidator.Mode.SUBMIT, errors);
        if (booking == null && draft != null) {
            booking = draft.booking;
        }
        FormDefinition definition = form.definition();
        Screening.Result screening = Screening.assess(definition, answers);

        IntakeSubmission submission = new IntakeSubmission();
        submission.reference = newReference();
        submission.form = form;
        submission.booking = booking;
        submission.urgent = screening.urgent();
        submission.submittedAt = clock.instant();
        submission.indexClient(sealer, answers);
        submission.seal(sealer.seal(FormJson.bytes(IntakeSubmission.payload(answers, screening.scores())),
                submission.binding()));
        submission.persist();
        if (draft != null) {
            draft.delete();
        }
        submitted.fire(new IntakeSubmitted(submission.reference, definition.title(), submission.urgent,
                booking == null ? null : booking.therapist.id, booking == null ? null : booking.reference,
                submission.clientEmail(answers)));
        LOG.infof("intake submission %s received for form %s v%d", submission.reference, form.slug, form.version);
        return new SubmissionReceipt(submission.reference, submission.urgent,
                submission.urgent ? CrisisResources.forBooking(booking, config.practiceTimezone()) : null);
    }

    /** A reference a client can read out on the phone: no 0/O or 1/I/L to confuse. */
    private static String newReference() {
        StringBuilder reference = new StringBuilder("HI-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }
}
