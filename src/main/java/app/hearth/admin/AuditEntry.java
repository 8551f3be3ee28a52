package app.hearth.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of the audit log: who did what to which intake submission, when. Written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    /** What was done with a submission. */
    public enum Action { READ, EXPORT, ERASE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public Instant at;
    @Column(nullable = false)
    public String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;
    @Column(name = "submission_reference")
    public String submissionReference;
    public String detail;
}
