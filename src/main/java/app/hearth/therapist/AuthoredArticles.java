package app.hearth.therapist;

import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.util.List;

/**
 * The articles a therapist wrote, newest first, for their profile page. The blog answers it, so the therapist
 * feature shows them without depending on the blog.
 */
public interface AuthoredArticles {

    List<Card> latestBy(String therapistSlug, int count);

    /** What the shared article-cards partial shows of an article. */
    @TemplateData
    record Card(String slug, String title, String summary, TherapistView.Ref author, Instant publishedAt,
                int readingMinutes) {
    }
}
