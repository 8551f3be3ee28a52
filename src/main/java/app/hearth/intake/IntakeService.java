package app.hearth.intake;

import app.hearth.audit.AuditLog;
import app.hearth.booking.Booking;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem.FieldError;
import app.hearth.common.Secrets;
import app.hearth.intake.IntakeApi.AnsweredQuestion;
import app.hearth.intake.IntakeApi.DraftRequest;
import app.hearth.intake.IntakeApi.DraftView;
import app.hearth.intake.IntakeApi.FormSummary;
import app.hearth.intake.IntakeApi.FormView;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.IntakeApi.IntakeSummary;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forms, drafts and submissions. Answers are validated against the form, scored, and sealed before JPA sees
 * them; they are opened only for a reader whose read is written to the audit log in the same transaction.
 */
@ApplicationScoped
public class IntakeService {

    public static final Duration DRAFT_LIFETIME = Duration.ofDays(14);
    private static final Logger LOG = Logger.getLogger(IntakeService.class);
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;
    @Inject
    Sealer sealer;
    @Inject
    HearthConfig config;
    @Inject
    AuditLog audit;
    @Inject
    Event<IntakeSubmitted> submitted;

    @Transactional
    public List<FormSummary> forms() {
        return IntakeForm.allPublished().stream().map(f -> {
            FormDefinition d = f.definition();
            return new FormSummary(f.slug, f.version, d.title(), d.description());
        }).toList();
    }

    @Transactional
    public FormView form(String slug) {
        IntakeForm form = publishedForm(slug);
        FormDefinition d = form.definition();
        return new FormView(form.slug, form.version, d.title(), d.description(), d.sections());
    }

    /** The published definition of a form; 404 when unknown or retired. */
    @Transactional
    public FormDefinition definition(String slug) {
        return publishedForm(slug).definition();
    }

    // ---- drafts -------------------------------------------------------------------------------------------

    @Transactional
    public DraftView createDraft(String slug, DraftRequest request) {
        IntakeForm form = publishedForm(slug);
        List<FieldError> errors = new ArrayList<>();
        Booking booking = bookingFor(request.bookingToken(), errors);
        Map<String, Object> answers = check(form, request.answers(), IntakeValidator.Mode.DRAFT, errors);
        String token = Secrets.newToken();
        Instant now = clock.instant();
        IntakeDraft draft = new IntakeDraft();
        draft.tokenHash = Secrets.hash(token);
        draft.form = form;
        draft.booking = booking;
        draft.createdAt = now;
        draft.updatedAt = now;
        draft.expiresAt = now.plus(DRAFT_LIFETIME);
        draft.seal(sealer.seal(FormJson.bytes(answers), draft.binding()));
        draft.persist();
        LOG.infof("intake draft %d started for form %s", draft.id, form.slug);
        return new DraftView(token, resumeUrl(form.slug, token), form.slug, form.version, answers, now, draft.expiresAt);
    }

    /** Replaces the draft's answers; saving keeps a draft alive for another 14 days. */
    @Transactional
    public DraftView saveDraft(String token, DraftRequest request) {
        IntakeDraft draft = liveDraft(token);
        List<FieldError> errors = new ArrayList<>();
        if (request.bookingToken() != null && !request.bookingToken().isBlank()) {
            draft.booking = bookingFor(request.bookingToken(), errors);
        }
        Map<String, Object> answers = check(currentVersionOf(draft.form), request.answers(),
                IntakeValidator.Mode.DRAFT, errors);
        Instant now = clock.instant();
        draft.form = currentVersionOf(draft.form);
        draft.updatedAt = now;
        draft.expiresAt = now.plus(DRAFT_LIFETIME);
        draft.seal(sealer.seal(FormJson.bytes(answers), draft.binding()));
        return new DraftView(null, null, draft.form.slug, draft.form.version, answers, now, draft.expiresAt);
    }

    @Transactional
    public DraftView draft(String token) {
        IntakeDraft draft = liveDraft(token);
        Map<String, Object> answers = FormJson.map(sealer.open(draft.sealed(), draft.binding()));
        return new DraftView(null, null, draft.form.slug, draft.form.version, answers, draft.updatedAt,
                draft.expiresAt);
    }

    /** The draft's form slug and answers, for the HTML page that resumes it; empty when unknown or expired. */
    @Transactional
    public Optional<Map<String, Object>> draftAnswers(String token, String slug) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        return IntakeDraft.live(Secrets.hash(token), clock.instant())
                .filter(d -> d.form.slug.equals(slug))
                .map(d -> FormJson.map(sealer.open(d.sealed(), d.binding())));
    }

    // ---- submissions --------------------------------------------------------------------------------------

    @Transactional
    public SubmissionReceipt submit(String slug, SubmissionRequest request) {
        IntakeForm form = publishedForm(slug);
        List<FieldError> errors = new ArrayList<>();
        Booking booking = bookingFor(request.bookingToken(), errors);
        IntakeDraft draft = null;
        if (request.draftToken() != null && !request.draftToken().isBlank()) {
            draft = findDraft(request.draftToken()).filter(d -> d.form.slug.equals(slug)).orElse(null);
            if (draft == null) {
                errors.add(new FieldError("draftToken", "is not a saved draft of this form, or it has expired"));
            }
        }
        Map<String, Object> answers = check(form, request.answers(), IntakeValidator.Mode.SUBMIT, errors);
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
        submission.clientIndex = clientEmail(definition, answers, booking)
                .map(email -> IntakeSubmission.clientIndex(sealer, email)).orElse(null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("answers", answers);
        payload.put("screening", screening.scores());
        submission.seal(sealer.seal(FormJson.bytes(payload), submission.binding()));
        submission.persist();
        if (draft != null) {
            draft.delete();
        }
        submitted.fire(new IntakeSubmitted(submission.reference, definition.title(), submission.urgent,
                booking == null ? null : booking.therapist.id, booking == null ? null : booking.reference));
        LOG.infof("intake submission %s received for form %s v%d", submission.reference, form.slug, form.version);
        return new SubmissionReceipt(submission.reference, submission.urgent,
                submission.urgent ? CrisisResources.CANADA : null);
    }

    // ---- reading (therapists and admins) ------------------------------------------------------------------

    /** Submissions linked to the therapist's bookings, newest first; no answers, so listing is not a read. */
    @Transactional
    public List<IntakeSummary> forTherapist(Long therapistId) {
        return IntakeSubmission.<IntakeSubmission>list("booking.therapist.id = ?1 order by submittedAt desc", therapistId)
                .stream().map(IntakeService::summary).toList();
    }

    @Transactional
    public List<IntakeSummary> all(int page, int size) {
        return IntakeSubmission.<IntakeSubmission>findAll(io.quarkus.panache.common.Sort.descending("submittedAt"))
                .page(page, size).list().stream().map(IntakeService::summary).toList();
    }

    /** Opens one submission for its linked therapist; anyone else's is unknown (404). The read is audited. */
    @Transactional
    public IntakeDetail readAsTherapist(String reference, Long therapistId, long actorId) {
        IntakeSubmission submission = IntakeSubmission.byReference(reference)
                .filter(s -> s.booking != null && s.booking.therapist.id.equals(therapistId))
                .orElseThrow(IntakeService::unknownSubmission);
        audit.record(actorId, AuditLog.Action.READ, submission.reference, null);
        return detail(submission);
    }

    /** Opens any submission for an admin. The read is audited. */
    @Transactional
    public IntakeDetail readAsAdmin(String reference, long actorId) {
        IntakeSubmission submission = IntakeSubmission.byReference(reference)
                .orElseThrow(IntakeService::unknownSubmission);
        audit.record(actorId, AuditLog.Action.READ, submission.reference, null);
        return detail(submission);
    }

    /** The opened submission; callers record why it was opened. */
    public IntakeDetail detail(IntakeSubmission submission) {
        Map<String, Object> payload = FormJson.map(sealer.open(submission.sealed(), submission.binding()));
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) payload.getOrDefault("answers", Map.of());
        FormDefinition definition = submission.form.definition();
        List<AnsweredQuestion> answered = new ArrayList<>();
        for (FormDefinition.Section section : definition.sections()) {
            for (Question q : section.questions()) {
                if (answers.containsKey(q.id())) {
                    answered.add(new AnsweredQuestion(q.id(), section.title(), q.label(), answers.get(q.id())));
                }
            }
        }
        List<Screening.Score> scores = new ArrayList<>();
        if (payload.get("screening") instanceof List<?> stored) {
            for (Object s : stored) {
                if (s instanceof Map<?, ?> m) {
                    scores.add(new Screening.Score(Screening.Instrument.valueOf((String) m.get("instrument")),
                            ((Number) m.get("total")).intValue(), Screening.Severity.valueOf((String) m.get("severity"))));
                }
            }
        }
        return new IntakeDetail(submission.reference, submission.form.slug, submission.form.version,
                definition.title(), submission.submittedAt, submission.urgent,
                submission.booking == null ? null : submission.booking.reference, scores, answered);
    }

    // ---- housekeeping ------------------------------------------------------------------------------------

    /** Deletes expired drafts and, after the retention, drafts and submissions never linked to a booking. */
    @Transactional
    public int purge() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(config.intake().unlinkedRetentionDays()));
        long drafts = IntakeDraft.delete("expiresAt <= ?1 or (booking is null and createdAt < ?2)", now, cutoff);
        long submissions = IntakeSubmission.delete("booking is null and submittedAt < ?1", cutoff);
        if (drafts + submissions > 0) {
            LOG.infof("intake retention deleted %d drafts and %d unlinked submissions", drafts, submissions);
        }
        return (int) (drafts + submissions);
    }

    /** Reseals up to {@code batch} records that an older key sealed; returns how many it resealed. */
    @Transactional
    public int resealBatch(int batch) {
        String current = sealer.currentKeyId();
        int done = 0;
        for (IntakeSubmission s : IntakeSubmission.<IntakeSubmission>find("keyId <> ?1", current).page(0, batch).list()) {
            byte[] plain = sealer.open(s.sealed(), s.binding());
            s.seal(sealer.seal(plain, s.binding()));
            // the blind index is keyed too, so it moves to the new key with the answers
            s.clientIndex = clientEmail(s.form.definition(), castAnswers(FormJson.map(plain)), s.booking)
                    .map(email -> IntakeSubmission.clientIndex(sealer, email)).orElse(null);
            done++;
        }
        for (IntakeDraft d : IntakeDraft.<IntakeDraft>find("keyId <> ?1", current).page(0, Math.max(0, batch - done)).list()) {
            d.seal(sealer.reseal(d.sealed(), d.binding()));
            done++;
        }
        return done;
    }

    public String currentKeyId() {
        return sealer.currentKeyId();
    }

    @Transactional
    public long sealedWithOlderKeys() {
        String current = sealer.currentKeyId();
        return IntakeSubmission.count("keyId <> ?1", current) + IntakeDraft.count("keyId <> ?1", current);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Map<String, Object> check(IntakeForm form, Map<String, Object> raw, IntakeValidator.Mode mode,
                                      List<FieldError> errors) {
        Instant now = clock.instant();
        IntakeValidator.Result result = IntakeValidator.validate(form.definition(), raw, mode,
                LocalDate.ofInstant(now, config.practiceTimezone()), now);
        errors.addAll(result.errors());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result.answers();
    }

    private static Booking bookingFor(String token, List<FieldError> errors) {
        if (token == null || token.isBlank()) {
            return null;
        }
        Optional<Booking> booking = Secrets.looksLikeToken(token)
                ? Booking.findByTokenHash(Secrets.hash(token)) : Optional.empty();
        if (booking.isEmpty()) {
            errors.add(new FieldError("bookingToken", "is not a valid booking link"));
        }
        return booking.orElse(null);
    }

    /** The client's address for the blind index: the form's first email answer, else the booking's. */
    private static Optional<String> clientEmail(FormDefinition form, Map<String, Object> answers, Booking booking) {
        for (Question q : form.questions()) {
            if (q.type() == QuestionType.EMAIL && answers.get(q.id()) instanceof String email) {
                return Optional.of(email);
            }
        }
        return Optional.ofNullable(booking == null ? null : booking.clientEmail);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castAnswers(Map<String, Object> payload) {
        return (Map<String, Object>) payload.getOrDefault("answers", Map.of());
    }

    private IntakeDraft liveDraft(String token) {
        return findDraft(token).orElseThrow(() -> new NotFoundException(
                "This draft link is not valid or has expired. Drafts are kept for 14 days after the last save."));
    }

    private Optional<IntakeDraft> findDraft(String token) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        return IntakeDraft.live(Secrets.hash(token), clock.instant());
    }

    private static IntakeForm currentVersionOf(IntakeForm form) {
        return IntakeForm.published(form.slug).orElseThrow(() -> new NotFoundException("This form is no longer offered."));
    }

    private static IntakeForm publishedForm(String slug) {
        return IntakeForm.published(slug).orElseThrow(() -> new NotFoundException("There is no intake form " + "with this name."));
    }

    private String resumeUrl(String slug, String token) {
        return config.publicUrl("/intake/" + slug + "?draft=" + token);
    }

    private static IntakeSummary summary(IntakeSubmission s) {
        return new IntakeSummary(s.reference, s.form.slug, s.form.version, s.form.title, s.submittedAt, s.urgent,
                s.booking == null ? null : s.booking.reference);
    }

    private static NotFoundException unknownSubmission() {
        return new NotFoundException("There is no intake submission with this reference.");
    }

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
