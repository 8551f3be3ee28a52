package app.hearth.blog;

import app.hearth.blog.ArticleViews.Admin;
import app.hearth.blog.ArticleViews.FaqView;
import app.hearth.blog.ArticleViews.Summary;
import app.hearth.common.HearthConfig;
import app.hearth.therapist.TherapistView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Turns article entities into the views that leave the blog, with their public addresses. */
@ApplicationScoped
class ArticleMapper {

    @Inject
    HearthConfig config;

    Summary summary(Article a) {
        return new Summary(a.slug, a.title, a.summary, ref(a), List.copyOf(a.tags), a.heroImageUrl, a.heroImageAlt,
                a.publishedAt, a.updatedAt, MarkdownRenderer.readingMinutes(a.bodyMarkdown), url(a));
    }

    Admin admin(Article a) {
        return new Admin(a.id, a.slug, a.title, a.summary, a.bodyMarkdown, a.author == null ? null : a.author.slug,
                List.copyOf(a.tags), a.heroImageUrl, a.heroImageAlt, faqs(a), a.status, a.publishedAt,
                a.createdAt, a.updatedAt, MarkdownRenderer.readingMinutes(a.bodyMarkdown), url(a), a.version,
                a.seoTitle, a.seoDescription);
    }

    List<FaqView> faqs(Article a) {
        return a.faqs.stream().map(f -> new FaqView(f.question, f.answer)).toList();
    }

    String url(Article a) {
        return config.publicUrl("/blog/" + a.slug);
    }

    static TherapistView.Ref ref(Article a) {
        return a.author == null ? null : TherapistView.Ref.of(a.author);
    }
}
