package app.hearth.blog;

import app.hearth.therapist.Therapist;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A blog article: Markdown written by a therapist, public once published (or once its scheduled time passes). */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    /** Visible to the public: published, or scheduled for a time that has come. */
    static final String VISIBLE = "status in (app.hearth.blog.ArticleStatus.PUBLISHED, app.hearth.blog.ArticleStatus.SCHEDULED)"
            + " and publishedAt <= :now";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String slug;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String summary;
    @Column(name = "body_markdown", nullable = false)
    public String bodyMarkdown;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public Therapist author;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id", nullable = false))
    @Column(name = "tag", nullable = false)
    public List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_faq", joinColumns = @JoinColumn(name = "article_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    public List<Faq> faqs = new ArrayList<>();

    @Column(name = "hero_image_url")
    public String heroImageUrl;
    @Column(name = "hero_image_alt")
    public String heroImageAlt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status = ArticleStatus.DRAFT;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isVisible(Instant now) {
        return status != ArticleStatus.DRAFT && publishedAt != null && !publishedAt.isAfter(now);
    }

    public static Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Article> findVisible(String slug, Instant now) {
        return find("slug = :slug and " + VISIBLE,
                io.quarkus.panache.common.Parameters.with("slug", slug).and("now", now)).firstResultOptional();
    }
}
