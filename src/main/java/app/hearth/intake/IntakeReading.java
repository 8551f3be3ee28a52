package app.hearth.intake;

import app.hearth.audit.AuditLog;
import app.hearth.common.NotFoundException;
import app.hearth.intake.IntakeApi.AnsweredQuestion;
import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.IntakeApi.IntakeSummary;
import app.hearth.intake.Screening.Score;
import app.hearth.seal.Sealer;
import app.hearth.common.ConflictException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may see submitted intakes. Lists carry no answers; every opening of answers is written to the audit log in
 * the same transaction, so an answer shown is an answer recorded.
 */
@ApplicationScoped
public class IntakeReading {

    private static final Logger LOG = Logger.getLogger(IntakeReading.class);

    @Inject
    Sealer sealer;
    @Inject
    AuditLog audit;

    /** Which of these bookings have a submitted intake: booking reference to the newest intake's reference. */
    @Transactional
    public Map<String, String> submittedFor(Collection<String> bookingReferences) {
        Map<String, String> found = new HashMap<>();
        if (bookingReferences.isEmpty()) {
            return found;
        }
        IntakeSubmission.getEntityManager().createQuery("select s.booking.reference, s.reference from IntakeSubmission s "
                        + "where s.booking.reference in :refs order by s.submittedAt", Object[].class)
                .setParameter("refs", bookingReferences).getResultList()
                .forEach(row -> found.put((String) row[0], (String) row[1]));
        return found;
    }

    /** Submissions linked to the therapist's bookings, newest first. */
    @Transactional
    public List<IntakeSummary> forTherapist(Long therapistId) {
        return IntakeSubmission.<IntakeSubmission>list("booking.therapist.id = ?1 order by submittedAt desc", therapistId)
                .stream().map(IntakeReading::summary).toList();
    }

    /**
     * The therapist's submissions with their screening totals, newest first. The totals are sealed with the answers,
     * so each listed intake is opened and recorded as READ_SCORES; one that does not open is listed without totals.
     */
    @Transactional
    public List<Screened> screenedForTherapist(Long therapistId, long actorId) {
        return IntakeSubmission.<IntakeSubmission>list("booking.therapist.id = ?1 order by submittedAt desc", therapistId)
                .stream().map(s -> new Screened(summary(s), scores(s, actorId))).toList();
    }

    /** A listed intake and its screening totals (empty when the form has none, or the answers did not open). */
    public record Screened(IntakeSummary summary, List<Score> scores) {
    }

    private List<Score> scores(IntakeSubmission submission, long actorId) {
        try {
            byte[] plain = sealer.open(submission.sealed(), submission.binding());
            audit.record(actorId, AuditLog.Action.READ_SCORES, submission.reference, null);
            return IntakeSubmission.scoresIn(FormJson.map(plain));
        } catch (IllegalStateException tampered) {
            // the reader refuses it loudly (and audits that) when it is opened; the list stays usable meanwhile
            return List.of();
        }
    }

    @Transactional
    List<IntakeSummary> all(int page, int size) {
        return IntakeSubmission.<IntakeSubmission>findAll(Sort.descending("submittedAt"))
                .page(page, size).list().stream().map(IntakeReading::summary).toList();
    }

    /** Opens one submission for its linked therapist; anyone else's is unknown (404). */
    @Transactional
    public IntakeDetail readAsTherapist(String reference, Long therapistId, long actorId) {
        IntakeSubmission submission = IntakeSubmission.byReference(reference)
                .filter(s -> s.booking != null && s.booking.therapist.id.equals(therapistId))
                .orElseThrow(IntakeReading::unknownSubmission);
        return open(submission, actorId, AuditLog.Action.READ);
    }

    /** Opens any submission for an admin (the admin API and the practice console). */
    @Transactional
    public IntakeDetail readAsAdmin(String reference, long actorId) {
        IntakeSubmission submission = IntakeSubmission.byReference(reference)
                .orElseThrow(IntakeReading::unknownSubmission);
        return open(submission, actorId, AuditLog.Action.READ);
    }

    /** Opens a submission to hand it to the client it is about (a data access request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public IntakeDetail readForExport(IntakeSubmission submission, long actorId) {
        return open(submission, actorId, AuditLog.Action.EXPORT);
    }

    private IntakeDetail open(IntakeSubmission submission, long actorId, AuditLog.Action why) {
        audit.record(actorId, why, submission.reference, null);
        Map<String, Object> payload = FormJson.map(openOrRefuse(submission, actorId));
        Map<String, Object> answers = IntakeSubmission.answersIn(payload);
        FormDefinition definition = submission.form.definition();
        List<AnsweredQuestion> answered = new ArrayList<>();
        for (FormDefinition.Section section : definition.sections()) {
            for (Question q : section.questions()) {
                if (answers.containsKey(q.id())) {
                    answered.add(new AnsweredQuestion(q.id(), section.title(), q.label(), answers.get(q.id())));
                }
            }
        }
        return new IntakeDetail(submission.reference, submission.form.slug, submission.form.version,
                definition.title(), submission.submittedAt, submission.urgent,
                submission.booking == null ? null : submission.booking.reference,
                IntakeSubmission.scoresIn(payload), answered);
    }

    /**
     * The sealed answers, or a loud refusal when they do not open with the row's booking, form and urgency: someone
     * changed the row outside Hearth (or its key is gone). The refusal is audited in its own transaction, since the
     * reader's is rolled back, and logged as an error by reference only.
     */
    private byte[] openOrRefuse(IntakeSubmission submission, long actorId) {
        try {
            return sealer.open(submission.sealed(), submission.binding());
        } catch (IllegalStateException e) {
            String reference = submission.reference;
            QuarkusTransaction.requiringNew().run(() -> audit.record(actorId, AuditLog.Action.READ_REFUSED, reference,
                    "sealed answers do not match the row's booking, form or urgency"));
            LOG.errorf("intake %s was not shown: its sealed answers do not open (%s); its row was changed outside"
                    + " Hearth or its key is not configured", reference, e.getMessage());
            throw new ConflictException("intake-tampered", "This intake cannot be shown: its sealed answers do not"
                    + " match its record (its booking, form or urgency was changed outside Hearth). The attempt is"
                    + " in the audit log; ask the administrator to check the database.");
        }
    }

    static IntakeSummary summary(IntakeSubmission s) {
        return new IntakeSummary(s.reference, s.form.slug, s.form.version, s.form.title, s.submittedAt, s.urgent,
                s.booking == null ? null : s.booking.reference);
    }

    private static NotFoundException unknownSubmission() {
        return new NotFoundException("There is no intake submission with this reference.");
    }
}
