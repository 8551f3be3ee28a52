package app.hearth.blog;

import app.hearth.therapist.AuthoredArticles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Tells a therapist's profile page which published articles they wrote. */
@ApplicationScoped
class ArticlesByAuthor implements AuthoredArticles {

    @Inject
    ArticleReading articles;

    @Override
    public List<Card> latestBy(String therapistSlug, int count) {
        return articles.byAuthor(therapistSlug, count).stream().map(a -> new Card(a.slug(), a.title(), a.summary(),
                a.author(), a.publishedAt(), a.readingMinutes())).toList();
    }
}
