package app.hearth.audit;

import app.hearth.common.DatabaseRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of the audit log: which account did what to which subject, when. Written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditEntry extends DatabaseRow {

    @Column(nullable = false)
    public Instant at;
    @Column(name = "actor_id")
    public Long actorId;
    /** Only on rows written before actors were named by account id. */
    @Column(name = "actor")
    public String actorEmail;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditLog.Action action;
    @Column(name = "submission_reference")
    public String subject;
    public String detail;
}
