package app.hearth.blog;

import app.hearth.therapist.TherapistView;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** What leaves the blog: articles as the public and the admin see them. Entities never do. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /** An article in a list: enough for a card, a feed entry or a sitemap line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String slug, String title, String summary, TherapistView.Ref author, List<String> tags,
                          String heroImageUrl, String heroImageAlt, Instant publishedAt, Instant updatedAt,
                          int readingMinutes, String url) {
        /** When what a reader sees last changed: the later of publication and the last edit. */
        public Instant lastModified() {
            return updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
        }
    }

    /** One public article with its rendered, sanitized HTML, FAQ pairs and related articles. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String slug, String title, String summary, TherapistView.Ref author, List<String> tags,
                         String heroImageUrl, String heroImageAlt, Instant publishedAt, Instant updatedAt,
                         int readingMinutes, String url, String html, List<FaqView> faqs, List<Summary> related,
                         String bookUrl, String seoTitle, String seoDescription) {
        /** When what a reader sees last changed: the later of publication and the last edit. */
        public Instant lastModified() {
            return updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
        }
    }

    public record FaqView(String question, String answer) {
    }

    /** One page of published articles, newest first. */
    public record Page(int page, int pageSize, int totalPages, long total, String tag, List<Summary> items) {
    }

    /** An article as the admin edits it, whatever its status. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Admin(long id, String slug, String title, String summary, String body, String author,
                        List<String> tags, String heroImageUrl, String heroImageAlt, List<FaqView> faqs,
                        ArticleStatus status, Instant publishedAt, Instant createdAt, Instant updatedAt,
                        int readingMinutes, String url, long version, String seoTitle, String seoDescription) {
    }

    /** A tag with how many published articles carry it. */
    public record TagCount(String tag, long count) {
    }
}
