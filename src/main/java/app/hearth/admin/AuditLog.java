package app.hearth.admin;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes and lists the append-only audit log. Writing joins the caller's transaction, so a read that is served
 * is a read that is recorded (and one that fails is not).
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    /** A line as the audit API shows it. */
    public record Line(Instant at, String actor, AuditEntry.Action action, String submissionReference, String detail) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditEntry.Action action, String submissionReference, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.action = action;
        entry.submissionReference = submissionReference;
        entry.detail = detail;
        entry.persist();
    }

    /** Newest first, optionally for one submission. */
    @Transactional
    public List<Line> lines(String submissionReference, int page, int size) {
        Sort newest = Sort.descending("at").and("id", Sort.Direction.Descending);
        var query = submissionReference == null ? AuditEntry.findAll(newest)
                : AuditEntry.find("submissionReference", newest, submissionReference);
        return query.page(Page.of(page, size)).<AuditEntry>list().stream()
                .map(e -> new Line(e.at, e.actor, e.action, e.submissionReference, e.detail)).toList();
    }
}
