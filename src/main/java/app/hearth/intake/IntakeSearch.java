package app.hearth.intake;

import app.hearth.intake.IntakeApi.IntakeSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The practice console's list of every intake, filtered by therapist, time sent, urgency and whether a booking is
 * linked. Like the therapist's list it carries no answers, so listing is not a read; opening one goes through
 * {@link IntakeReading}, which audits it.
 */
@ApplicationScoped
public class IntakeSearch {

    /** What to find; null means any. {@code until} is exclusive. */
    public record Filter(Long therapistId, Instant since, Instant until, Boolean urgent, Boolean linked) {
    }

    /** One intake in the console's list, with the linked booking's therapist (null when unlinked). */
    public record Found(IntakeSummary intake, String therapist) {
    }

    /** One page of intakes, newest first, and whether an older page follows. */
    public record Page(List<Found> intakes, boolean more) {
    }

    /** A therapist the list may be filtered by. */
    public record Therapist(long id, String name) {
    }

    /** Every therapist, the deactivated too (their clients' intakes stay), by name. */
    @Transactional
    public List<Therapist> therapists() {
        return IntakeSubmission.getEntityManager().createQuery("select t.id, t.name from Therapist t order by t.name, t.id",
                Object[].class).getResultList().stream()
                .map(row -> new Therapist(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    @Transactional
    public Page search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.therapistId() != null) {
            params.add(filter.therapistId());
            where.append(" and t.id = ?").append(params.size());
        }
        if (filter.since() != null) {
            params.add(filter.since());
            where.append(" and s.submittedAt >= ?").append(params.size());
        }
        if (filter.until() != null) {
            params.add(filter.until());
            where.append(" and s.submittedAt < ?").append(params.size());
        }
        if (filter.urgent() != null) {
            params.add(filter.urgent());
            where.append(" and s.urgent = ?").append(params.size());
        }
        if (filter.linked() != null) {
            where.append(filter.linked() ? " and s.booking is not null" : " and s.booking is null");
        }
        // a left join, so unlinked intakes (no booking, no therapist) stay in the list
        TypedQuery<Object[]> query = IntakeSubmission.getEntityManager().createQuery("select s, t.name from"
                + " IntakeSubmission s left join s.booking b left join b.therapist t" + where
                + " order by s.submittedAt desc, s.id desc", Object[].class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = query.setFirstResult(page * size).setMaxResults(size + 1).getResultList();
        List<Found> found = rows.stream().limit(size)
                .map(row -> new Found(IntakeReading.summary((IntakeSubmission) row[0]), (String) row[1])).toList();
        return new Page(found, rows.size() > size);
    }
}
