package app.hearth.intake;

import app.hearth.common.DatabaseRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One published version of an intake form; a change is a new row, so every submission keeps what it answered. */
@Entity
@Table(name = "intake_form")
public class IntakeForm extends DatabaseRow {

    /** Where a version stands: the live one, an older one, or the form withdrawn. */
    public enum Status { PUBLISHED, SUPERSEDED, RETIRED }

    @Column(nullable = false)
    public String slug;
    @Column(nullable = false)
    public int version;
    @Column(nullable = false)
    public String title;
    /** The FormDefinition as JSON: questions, not answers, so nothing here is personal. */
    @Column(nullable = false, length = 200000)
    public String definition;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;

    public FormDefinition definition() {
        return FormJson.definition(definition);
    }

    public static Optional<IntakeForm> published(String slug) {
        return find("slug = ?1 and status = ?2", slug, Status.PUBLISHED).firstResultOptional();
    }

    public static List<IntakeForm> allPublished() {
        return list("status = ?1 order by title", Status.PUBLISHED);
    }

    public static Optional<IntakeForm> latest(String slug) {
        return find("slug = ?1 order by version desc", slug).firstResultOptional();
    }
}
