package app.hearth.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The append-only audit log every feature writes to. Writing joins the caller's transaction, so a read that is
 * served is a read that is recorded (and one that fails is not).
 */
@ApplicationScoped
public class AuditLog {

    /** What was done with a subject's data. */
    public enum Action {
        READ, EXPORT, ERASE,
        /** A sealed intake did not open: its row was changed outside Hearth (booking, form or urgency). */
        READ_REFUSED,
        /** What happens to a staff account, recorded by the account's id (never its password, codes or links). */
        SIGN_IN, SIGN_IN_REFUSED, SIGN_OUT, SESSION_ENDED, FACTOR_ENROLLED, PASSWORD_SET, INVITATION_SENT,
        INVITATION_ACCEPTED, FACTOR_REMOVED, REAUTHENTICATED, EMAIL_CHANGED, SETTING_CHANGED
    }

    /** A line as the audit API shows it: the actor by the account's email address. */
    public record Line(Instant at, String actor, Action action, String submissionReference, String detail) {
    }

    @Inject
    Clock clock;

    /**
     * Records that the account {@code actorId} did {@code action} to {@code subject} (a reference such as an
     * intake's), or, with no subject, what was looked for in {@code detail}. Never put personal data in either.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long actorId, Action action, String subject, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actorId = actorId;
        entry.action = action;
        entry.subject = subject;
        entry.detail = detail;
        entry.persist();
    }

    /** Newest first, optionally for one subject. */
    @Transactional
    List<Line> lines(String subject, int page, int size) {
        // the account's current address names the actor; older rows carry the address they were written with
        String where = subject == null ? "" : "where a.subject = :subject ";
        var query = AuditEntry.getEntityManager().createQuery("""
                select new app.hearth.audit.AuditLog$Line(a.at, coalesce(u.email, a.actorEmail), a.action, a.subject,
                       a.detail)
                from AuditEntry a left join User u on u.id = a.actorId
                """ + where + "order by a.at desc, a.id desc", Line.class);
        if (subject != null) {
            query.setParameter("subject", subject);
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
