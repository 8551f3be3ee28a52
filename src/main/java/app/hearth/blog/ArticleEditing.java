package app.hearth.blog;

import app.hearth.blog.ArticleViews.Admin;
import app.hearth.common.ConflictException;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.text.Normalizer;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The admin's edits to articles, whatever their status: write, change, delete and import from an old site. */
@ApplicationScoped
class ArticleEditing {

    private static final Logger LOG = Logger.getLogger(ArticleEditing.class);

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;
    @Inject
    ArticleMapper mapper;
    @Inject
    Event<ArticlesChanged> changed;

    @Transactional
    List<Admin> all() {
        return Article.<Article>list("order by updatedAt desc").stream().map(mapper::admin).toList();
    }

    @Transactional
    Admin get(long id) {
        return mapper.admin(Article.require(id));
    }

    @Transactional
    Admin create(ArticleRequest request) {
        Article article = new Article();
        article.createdAt = clock.instant();
        apply(article, request);
        article.persistAndFlush();
        changed.fire(new ArticlesChanged());
        LOG.infof("article %d created", article.id);
        return mapper.admin(article);
    }

    @Transactional
    Admin update(long id, ArticleRequest request) {
        Article article = Article.require(id);
        apply(article, request);
        Article.flush();
        changed.fire(new ArticlesChanged());
        LOG.infof("article %d updated", article.id);
        return mapper.admin(article);
    }

    /**
     * Saves the admin's edit of the version they opened; when someone saved the article in between, the edit is
     * refused (409) and the article keeps the other save.
     */
    @Transactional
    Admin update(long id, long openedVersion, ArticleRequest request) {
        Article article = Article.require(id);
        if (article.version != openedVersion) {
            throw new ConflictException("stale-article", "Someone else saved this article after you opened it. "
                    + "Open it again to see their changes, then make yours.");
        }
        return update(id, request);
    }

    @Transactional
    void delete(long id) {
        Article article = Article.require(id);
        article.delete();
        changed.fire(new ArticlesChanged());
        LOG.infof("article %d deleted", id);
    }

    /** Makes a draft from content copied from an old site. */
    @Transactional
    Admin importDraft(ImportRequest request) {
        ArticleImporter.Format format = request.format() == null ? null
                : ArticleImporter.Format.valueOf(request.format().toUpperCase(Locale.ROOT));
        ArticleImporter.Imported imported = ArticleImporter.parse(request.content(), format);
        if (imported.markdown().isBlank()) {
            throw new InvalidInputException("content", "has no article text that could be recovered");
        }
        String author = request.author() != null ? request.author() : therapistNamed(imported.author()).orElse(null);
        List<ArticleRequest.FaqRequest> faqs = imported.faqs().stream()
                .filter(f -> !f.answer().isBlank())
                .map(f -> new ArticleRequest.FaqRequest(clip(f.question(), 300), clip(f.answer(), 4000))).toList();
        ArticleRequest draft = new ArticleRequest(request.slug(), imported.title(), imported.summary(),
                imported.markdown(), author, request.tags(), null, null, faqs, null, null);
        Article article = new Article();
        article.createdAt = clock.instant();
        apply(article, draft);
        if (imported.date() != null) {
            // kept as the original date: publishing the draft without a time backdates it to this day
            article.publishedAt = imported.date().atStartOfDay(config.practiceTimezone()).toInstant();
        }
        article.persistAndFlush();
        LOG.infof("article %d imported as a draft", article.id);
        return mapper.admin(article);
    }

    private void apply(Article article, ArticleRequest request) {
        String slug = request.slug() != null ? request.slug() : slugOf(request.title());
        Optional<Article> holder = Article.findBySlug(slug);
        if (holder.isPresent() && !holder.get().id.equals(article.id)) {
            if (request.slug() != null) {
                throw new ConflictException("slug-taken", "Another article already has this slug.");
            }
            slug = freeSlug(slug);
        }
        if (article.id != null) {
            ArticleOldSlug.moved(article.id, article.slug, slug);
        } else {
            ArticleOldSlug.deleteById(slug);
        }
        article.slug = slug;
        article.title = request.title().strip();
        article.bodyMarkdown = request.body();
        article.summary = request.summary() != null && !request.summary().isBlank() ? request.summary().strip()
                : ArticleImporter.parse(request.body(), ArticleImporter.Format.MARKDOWN).summary();
        article.seoTitle = request.seoTitle() == null || request.seoTitle().isBlank() ? null : request.seoTitle().strip();
        article.seoDescription = request.seoDescription() == null || request.seoDescription().isBlank() ? null
                : request.seoDescription().strip();
        article.author = request.author() == null ? null : Therapist.findListed(request.author())
                .orElseThrow(() -> new InvalidInputException("author", "is not a therapist of this practice"));
        article.tags.clear();
        if (request.tags() != null) {
            article.tags.addAll(new LinkedHashSet<>(request.tags()));
        }
        article.faqs.clear();
        if (request.faqs() != null) {
            request.faqs().forEach(f -> article.faqs.add(new Faq(f.question().strip(), f.answer().strip())));
        }
        article.heroImageUrl = request.heroImageUrl();
        article.heroImageAlt = request.heroImageAlt() == null ? null : request.heroImageAlt().strip();
        article.updatedAt = clock.instant();
    }

    private static String freeSlug(String base) {
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (Article.findBySlug(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /** "Why Sleep Matters — Part 2" becomes "why-sleep-matters-part-2". */
    static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    private static Optional<String> therapistNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Therapist.listed().stream().filter(t -> t.name.equalsIgnoreCase(name.strip())).map(t -> t.slug).findFirst();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
