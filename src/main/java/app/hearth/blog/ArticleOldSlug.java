package app.hearth.blog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/** An address an article had before its slug changed; the public page answers it with a 301 to the current one. */
@Entity
@Table(name = "article_old_slug")
class ArticleOldSlug extends PanacheEntityBase {

    @Id
    public String slug;
    @Column(name = "article_id", nullable = false)
    public long articleId;

    /** Keeps the article's earlier slug when it changes, and frees the new one from any older article's past. */
    static void moved(long articleId, String from, String to) {
        deleteById(to);
        if (from != null && !from.equals(to) && findById(from) == null) {
            ArticleOldSlug old = new ArticleOldSlug();
            old.slug = from;
            old.articleId = articleId;
            old.persist();
        }
    }

    static Optional<Long> articleOf(String slug) {
        return ArticleOldSlug.<ArticleOldSlug>findByIdOptional(slug).map(s -> s.articleId);
    }
}
