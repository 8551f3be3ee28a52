package app.hearth.blog;

import app.hearth.blog.ArticleViews.Admin;
import app.hearth.blog.ArticleViews.Detail;
import app.hearth.blog.ArticleViews.FaqView;
import app.hearth.blog.ArticleViews.Page;
import app.hearth.blog.ArticleViews.Summary;
import app.hearth.blog.ArticleViews.TagCount;
import app.hearth.common.ConflictException;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistView;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads published articles for the site and the API, and carries out the admin's edits in transactions. */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    public static final int PAGE_SIZE = 10;

    @Inject
    Clock clock;
    @Inject
    ArticleCaches caches;
    @Inject
    Event<ArticlesChanged> changed;
    @Inject
    HearthConfig config;

    // --- public reading ----------------------------------------------------------------------

    @Transactional
    public Page page(String tag, int page) {
        Instant now = clock.instant();
        String normalized = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        String where = normalized == null ? Article.VISIBLE : Article.VISIBLE + " and :tag member of tags";
        Parameters params = Parameters.with("now", now);
        if (normalized != null) {
            params = params.and("tag", normalized);
        }
        var query = Article.<Article>find(where + " order by publishedAt desc, id desc", params);
        long total = query.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, page);
        List<Summary> items = query.page(current - 1, PAGE_SIZE).list().stream().map(this::summary).toList();
        return new Page(current, PAGE_SIZE, pages, total, normalized, items);
    }

    @Transactional
    public List<Summary> latest(int count) {
        return Article.<Article>find(Article.VISIBLE + " order by publishedAt desc, id desc",
                Parameters.with("now", clock.instant())).page(0, count).list().stream().map(this::summary).toList();
    }

    @Transactional
    public List<Summary> byAuthor(String therapistSlug, int count) {
        return Article.<Article>find(Article.VISIBLE + " and author.slug = :slug order by publishedAt desc",
                        Parameters.with("now", clock.instant()).and("slug", therapistSlug))
                .page(0, count).list().stream().map(this::summary).toList();
    }

    /** Every published article, newest first: the feed and the sitemap. */
    @Transactional
    public List<Summary> allPublished() {
        return Article.<Article>list(Article.VISIBLE + " order by publishedAt desc, id desc",
                Parameters.with("now", clock.instant())).stream().map(this::summary).toList();
    }

    @Transactional
    public List<TagCount> tags() {
        return Article.getEntityManager().createQuery("select t, count(a) from Article a join a.tags t "
                                + "where a.status <> app.hearth.blog.ArticleStatus.DRAFT and a.publishedAt <= :now "
                                + "group by t order by t", Object[].class)
                .setParameter("now", clock.instant()).getResultList().stream()
                .map(row -> new TagCount((String) row[0], (Long) row[1])).toList();
    }

    @Transactional
    public Detail detail(String slug) {
        return caches.detail(slug, () -> freshDetail(slug));
    }

    private Detail freshDetail(String slug) {
        Article article = Article.findVisible(slug, clock.instant())
                .orElseThrow(() -> new NotFoundException("No published article has that address."));
        String bookUrl = article.author != null && article.author.active ? "/book/" + article.author.slug : "/book";
        return new Detail(article.slug, article.title, article.summary, ref(article), List.copyOf(article.tags),
                article.heroImageUrl, article.heroImageAlt, article.publishedAt, article.updatedAt,
                MarkdownRenderer.readingMinutes(article.bodyMarkdown), url(article), caches.html(article),
                article.faqs.stream().map(f -> new FaqView(f.question, f.answer)).toList(), related(article, 3), bookUrl);
    }

    /** The newest other articles sharing a tag with this one. */
    List<Summary> related(Article article, int count) {
        if (article.tags.isEmpty()) {
            return List.of();
        }
        return Article.getEntityManager().createQuery("select distinct a from Article a join a.tags t where t in :tags "
                                + "and a.id <> :id and a.status <> app.hearth.blog.ArticleStatus.DRAFT "
                                + "and a.publishedAt <= :now order by a.publishedAt desc", Article.class)
                .setParameter("tags", article.tags).setParameter("id", article.id).setParameter("now", clock.instant())
                .setMaxResults(count).getResultList().stream().map(this::summary).toList();
    }

    /** The newest change to anything public on the blog, for Last-Modified; null when nothing is published. */
    @Transactional
    public Instant lastChange() {
        Instant now = clock.instant();
        return Article.<Article>list(Article.VISIBLE, Parameters.with("now", now)).stream()
                .map(a -> a.updatedAt.isAfter(a.publishedAt) ? a.updatedAt : a.publishedAt)
                .max(Instant::compareTo).orElse(null);
    }

    // --- admin editing -------------------------------------------------------------------------

    @Transactional
    public List<Admin> all() {
        return Article.<Article>list("order by updatedAt desc").stream().map(this::admin).toList();
    }

    @Transactional
    public Admin get(long id) {
        return admin(byId(id));
    }

    @Transactional
    public Admin create(ArticleRequest request) {
        Article article = new Article();
        article.createdAt = clock.instant();
        apply(article, request);
        article.persistAndFlush();
        changed.fire(new ArticlesChanged());
        LOG.infof("article %d created", article.id);
        return admin(article);
    }

    @Transactional
    public Admin update(long id, ArticleRequest request) {
        Article article = byId(id);
        apply(article, request);
        Article.flush();
        changed.fire(new ArticlesChanged());
        LOG.infof("article %d updated", article.id);
        return admin(article);
    }

    @Transactional
    public Admin publish(long id, Instant at) {
        Article article = byId(id);
        if (article.author == null) {
            throw new InvalidInputException("author", "must be set before the article is published");
        }
        Instant now = clock.instant();
        Instant when = at != null ? at
                : article.publishedAt != null && article.publishedAt.isBefore(now) ? article.publishedAt : now;
        article.publishedAt = when;
        article.status = when.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        article.updatedAt = now;
        Article.flush();
        changed.fire(new ArticlesChanged());
        LOG.infof("article %d %s", article.id, article.status.name().toLowerCase(Locale.ROOT));
        return admin(article);
    }

    @Transactional
    public Admin unpublish(long id) {
        Article article = byId(id);
        article.status = ArticleStatus.DRAFT;
        article.updatedAt = clock.instant();
        Article.flush();
        changed.fire(new ArticlesChanged());
        LOG.infof("article %d unpublished", article.id);
        return admin(article);
    }

    @Transactional
    public void delete(long id) {
        Article article = byId(id);
        article.delete();
        changed.fire(new ArticlesChanged());
        LOG.infof("article %d deleted", id);
    }

    /** Makes a draft from content copied from an old site. */
    @Transactional
    public Admin importDraft(ImportRequest request) {
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
                imported.markdown(), author, request.tags(), null, null, faqs);
        Article article = new Article();
        article.createdAt = clock.instant();
        apply(article, draft);
        if (imported.date() != null) {
            // kept as the original date: publishing the draft without a time backdates it to this day
            article.publishedAt = imported.date().atStartOfDay(config.practiceTimezone()).toInstant();
        }
        article.persistAndFlush();
        LOG.infof("article %d imported as a draft", article.id);
        return admin(article);
    }

    /** Scheduled articles whose time has come become plainly published; returns how many. */
    @Transactional
    public int publishDue() {
        int published = Article.update("status = ?1 where status = ?2 and publishedAt <= ?3", ArticleStatus.PUBLISHED,
                ArticleStatus.SCHEDULED, clock.instant());
        if (published > 0) {
            changed.fire(new ArticlesChanged());
        }
        return published;
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
        article.slug = slug;
        article.title = request.title().strip();
        article.bodyMarkdown = request.body();
        article.summary = request.summary() != null && !request.summary().isBlank() ? request.summary().strip()
                : ArticleImporter.parse(request.body(), ArticleImporter.Format.MARKDOWN).summary();
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

    private Article byId(long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw new NotFoundException("No article with that id.");
        }
        return article;
    }

    private Summary summary(Article a) {
        return new Summary(a.slug, a.title, a.summary, ref(a), List.copyOf(a.tags), a.heroImageUrl, a.heroImageAlt,
                a.publishedAt, a.updatedAt, MarkdownRenderer.readingMinutes(a.bodyMarkdown), url(a));
    }

    private Admin admin(Article a) {
        return new Admin(a.id, a.slug, a.title, a.summary, a.bodyMarkdown, a.author == null ? null : a.author.slug,
                List.copyOf(a.tags), a.heroImageUrl, a.heroImageAlt,
                a.faqs.stream().map(f -> new FaqView(f.question, f.answer)).toList(), a.status, a.publishedAt,
                a.createdAt, a.updatedAt, MarkdownRenderer.readingMinutes(a.bodyMarkdown), url(a));
    }

    private String url(Article a) {
        return config.publicUrl("/blog/" + a.slug);
    }

    private static TherapistView.Ref ref(Article a) {
        return a.author == null ? null : TherapistView.Ref.of(a.author);
    }
}
