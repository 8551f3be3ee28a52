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
        /** An intake's screening totals shown in its therapist's list (scores only, not the answers). */
        READ_SCORES,
        /** What happens to a staff account, recorded by the account's id (never its password, codes or links). */
        SIGN_IN, SIGN_IN_REFUSED, SIGN_OUT, SESSION_ENDED, FACTOR_ENROLLED, PASSWORD_SET, INVITATION_SENT,
        INVITATION_ACCEPTED, FACTOR_REMOVED, REAUTHENTICATED, EMAIL_CHANGED, SETTING_CHANGED,
        /** What admins change in the practice console, recorded by the admin's id with the object in the detail. */
        INVITATION_REVOKED, ROLES_CHANGED, ACCOUNT_DEACTIVATED, ACCOUNT_REACTIVATED, PROFILE_CHANGED, ARTICLE_CHANGED,
        BOOKING_CANCELLED, MAIL_RETRIED, FORM_CHANGED, BOOKING_REASSIGNED
    }

    /** A line as the audit API shows it: the actor by the account's email address. */
    public record Line(Instant at, String actor, Action action, String submissionReference, String detail) {
    }

    /**
     * What the console's audit page narrows to: the actor's address (or part of it), a subject such as a client's
     * intake reference, one action, and a range of instants ({@code until} exclusive); null means no narrowing.
     */
    public record Filter(String actor, String subject, Action action, Instant since, Instant until) {
    }

    /** One page of lines and how many match in all. */
    public record Found(List<Line> lines, long total) {
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

    /** The lines matching the filter, newest first, one page of them. */
    @Transactional
    public Found search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (filter.actor() != null) {
            where.append(" and lower(coalesce(u.email, a.actorEmail)) like :actor");
            parameters.put("actor", "%" + filter.actor().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (filter.subject() != null) {
            where.append(" and a.subject = :subject");
            parameters.put("subject", filter.subject());
        }
        if (filter.action() != null) {
            where.append(" and a.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.since() != null) {
            where.append(" and a.at >= :since");
            parameters.put("since", filter.since());
        }
        if (filter.until() != null) {
            where.append(" and a.at < :until");
            parameters.put("until", filter.until());
        }
        String from = " from AuditEntry a left join User u on u.id = a.actorId";
        var lines = AuditEntry.getEntityManager().createQuery("""
                select new app.hearth.audit.AuditLog$Line(a.at, coalesce(u.email, a.actorEmail), a.action, a.subject,
                       a.detail)""" + from + where + " order by a.at desc, a.id desc", Line.class);
        var count = AuditEntry.getEntityManager().createQuery("select count(a)" + from + where, Long.class);
        parameters.forEach((name, value) -> {
            lines.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Found(lines.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult());
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
