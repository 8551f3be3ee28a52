package app.hearth.blog;

import app.hearth.common.DatabaseRow;
import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
public class Article extends DatabaseRow {

    /**
     * "Public": published, or scheduled for a time that has come. The one definition, as a JPQL condition on an
     * article aliased {@code a}, with the moment as {@code :now}; every public query and page goes through it.
     */
    static final String PUBLIC = "a.status in (app.hearth.blog.ArticleStatus.PUBLISHED, "
            + "app.hearth.blog.ArticleStatus.SCHEDULED) and a.publishedAt <= :now";

    /** Public articles, optionally narrowed ("and ..." on a), newest first. */
    static String publicQuery(String narrowing) {
        return "from Article a where " + PUBLIC + narrowing + " order by a.publishedAt desc, a.id desc";
    }

    @Column(nullable = false)
    public String slug;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String summary;
    /** What search engines show instead of the title and summary, when set (the page falls back to those). */
    @Column(name = "seo_title")
    public String seoTitle;
    @Column(name = "seo_description")
    public String seoDescription;
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

    static Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    static Optional<Article> findPublic(String slug, Instant now) {
        return find(publicQuery(" and a.slug = :slug"), Parameters.with("slug", slug).and("now", now))
                .firstResultOptional();
    }

    /** The article with this id, whatever its status, or 404. */
    static Article require(long id) {
        Article article = findById(id);
        if (article == null) {
            throw new NotFoundException("No article with that id.");
        }
        return article;
    }
}
