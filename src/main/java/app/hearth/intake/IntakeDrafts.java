package app.hearth.intake;

import app.hearth.booking.Booking;
import app.hearth.common.HearthConfig;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem.FieldError;
import app.hearth.common.Secrets;
import app.hearth.intake.IntakeApi.DraftRequest;
import app.hearth.intake.IntakeApi.DraftView;
import app.hearth.seal.Sealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Save and resume: a client keeps an unfinished form behind a secret link (its token is stored hashed, its
 * answers sealed). Each save keeps the draft for another {@link #LIFETIME}.
 */
@ApplicationScoped
class IntakeDrafts {

    static final Duration LIFETIME = Duration.ofDays(14);
    private static final Logger LOG = Logger.getLogger(IntakeDrafts.class);

    @Inject
    Clock clock;
    @Inject
    Sealer sealer;
    @Inject
    HearthConfig config;
    @Inject
    IntakeInput input;
    @Inject
    IntakeBookingLinks links;

    @Transactional
    DraftView create(String slug, DraftRequest request) {
        IntakeForm form = IntakeForms.published(slug);
        List<FieldError> errors = new ArrayList<>();
        Booking booking = links.booking(request.bookingToken(), errors);
        Map<String, Object> answers = input.answers(form, request.answers(), IntakeValidator.Mode.DRAFT, errors);
        String token = Secrets.newToken();
        Instant now = clock.instant();
        IntakeDraft draft = new IntakeDraft();
        draft.tokenHash = Secrets.hash(token);
        draft.form = form;
        draft.booking = booking;
        draft.createdAt = now;
        keep(draft, answers, now);
        draft.persist();
        LOG.infof("intake draft %d started for form %s", draft.id, form.slug);
        String resumeUrl = config.publicUrl("/intake/" + form.slug + "?draft=" + token);
        return new DraftView(token, resumeUrl, form.slug, form.version, answers, now, draft.expiresAt);
    }

    /** Replaces the draft's answers, moving it to the form's current version. */
    @Transactional
    DraftView save(String token, DraftRequest request) {
        IntakeDraft draft = live(token);
        List<FieldError> errors = new ArrayList<>();
        if (request.bookingToken() != null && !request.bookingToken().isBlank()) {
            draft.booking = links.booking(request.bookingToken(), errors);
        }
        IntakeForm current = IntakeForms.currentVersionOf(draft.form);
        Map<String, Object> answers = input.answers(current, request.answers(), IntakeValidator.Mode.DRAFT, errors);
        draft.form = current;
        keep(draft, answers, clock.instant());
        return view(draft, answers);
    }

    @Transactional
    DraftView resume(String token) {
        IntakeDraft draft = live(token);
        return view(draft, FormJson.map(sealer.open(draft.sealed(), draft.binding())));
    }

    /** The answers of a draft of this form, for the HTML page that resumes it; empty when unknown or expired. */
    @Transactional
    Optional<Map<String, Object>> answers(String token, String slug) {
        return find(token).filter(d -> d.form.slug.equals(slug))
                .map(d -> FormJson.map(sealer.open(d.sealed(), d.binding())));
    }

    /** A draft that is still alive; call inside a transaction. */
    Optional<IntakeDraft> find(String token) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        return IntakeDraft.live(Secrets.hash(token), clock.instant());
    }

    private IntakeDraft live(String token) {
        return find(token).orElseThrow(() -> new NotFoundException(
                "This draft link is not valid or has expired. Drafts are kept for 14 days after the last save."));
    }

    private void keep(IntakeDraft draft, Map<String, Object> answers, Instant now) {
        draft.updatedAt = now;
        draft.expiresAt = now.plus(LIFETIME);
        draft.seal(sealer.seal(FormJson.bytes(answers), draft.binding()));
    }

    private static DraftView view(IntakeDraft draft, Map<String, Object> answers) {
        return new DraftView(null, null, draft.form.slug, draft.form.version, answers, draft.updatedAt,
                draft.expiresAt);
    }
}
