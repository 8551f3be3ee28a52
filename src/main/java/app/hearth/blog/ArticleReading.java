package app.hearth.blog;

import app.hearth.blog.ArticleViews.Detail;
import app.hearth.blog.ArticleViews.Page;
import app.hearth.blog.ArticleViews.Summary;
import app.hearth.blog.ArticleViews.TagCount;
import app.hearth.common.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/** Reads public articles (see {@link Article#PUBLIC}) for the site, the feed, the sitemap and the API. */
@ApplicationScoped
public class ArticleReading {

    static final int PAGE_SIZE = 10;

    @Inject
    Clock clock;
    @Inject
    ArticleCaches caches;
    @Inject
    ArticleMapper mapper;

    @Transactional
    Page page(String tag, int page) {
        String normalized = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        Parameters params = now();
        if (normalized != null) {
            params = params.and("tag", normalized);
        }
        var query = Article.<Article>find(Article.publicQuery(normalized == null ? "" : " and :tag member of a.tags"),
                params);
        long total = query.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, page);
        List<Summary> items = query.page(current - 1, PAGE_SIZE).list().stream().map(mapper::summary).toList();
        return new Page(current, PAGE_SIZE, pages, total, normalized, items);
    }

    @Transactional
    public List<Summary> latest(int count) {
        return Article.<Article>find(Article.publicQuery(""), now()).page(0, count).list().stream()
                .map(mapper::summary).toList();
    }

    @Transactional
    List<Summary> byAuthor(String therapistSlug, int count) {
        return Article.<Article>find(Article.publicQuery(" and a.author.slug = :slug"), now().and("slug", therapistSlug))
                .page(0, count).list().stream().map(mapper::summary).toList();
    }

    /** Every public article, newest first: the feed and the sitemap. */
    @Transactional
    public List<Summary> allPublished() {
        return Article.<Article>list(Article.publicQuery(""), now()).stream().map(mapper::summary).toList();
    }

    @Transactional
    public List<TagCount> tags() {
        return Article.getEntityManager().createQuery("select t, count(a) from Article a join a.tags t where "
                        + Article.PUBLIC + " group by t order by t", Object[].class)
                .setParameter("now", clock.instant()).getResultList().stream()
                .map(row -> new TagCount((String) row[0], (Long) row[1])).toList();
    }

    /**
     * The public article, from the cache when it is there. Only a miss opens a transaction: a transaction around
     * the lookup itself cost every reader a begin and commit and cut article pages to a third of their throughput.
     */
    Detail detail(String slug) {
        return caches.detail(slug, () -> QuarkusTransaction.joiningExisting().call(() -> freshDetail(slug)));
    }

    /** The current slug of a public article that once had this one (its old links answer with a 301). */
    Optional<String> movedTo(String oldSlug) {
        return QuarkusTransaction.requiringNew().call(() -> ArticleOldSlug.articleOf(oldSlug)
                .map(id -> Article.<Article>findById(id))
                .filter(a -> Article.findPublic(a.slug, clock.instant()).isPresent())
                .map(a -> a.slug));
    }

    private Detail freshDetail(String slug) {
        Article article = Article.findPublic(slug, clock.instant())
                .orElseThrow(() -> new NotFoundException("No published article has that address."));
        String bookUrl = article.author != null && article.author.active ? "/book/" + article.author.slug : "/book";
        return new Detail(article.slug, article.title, article.summary, ArticleMapper.ref(article),
                List.copyOf(article.tags), article.heroImageUrl, article.heroImageAlt, article.publishedAt,
                article.updatedAt, MarkdownRenderer.readingMinutes(article.bodyMarkdown), mapper.url(article),
                caches.html(article), mapper.faqs(article), related(article, 3), bookUrl,
                article.seoTitle, article.seoDescription);
    }

    /** The newest other public articles sharing a tag with this one. */
    private List<Summary> related(Article article, int count) {
        if (article.tags.isEmpty()) {
            return List.of();
        }
        return Article.getEntityManager().createQuery("select distinct a from Article a join a.tags t where t in :tags "
                        + "and a.id <> :id and " + Article.PUBLIC + " order by a.publishedAt desc", Article.class)
                .setParameter("tags", article.tags).setParameter("id", article.id).setParameter("now", clock.instant())
                .setMaxResults(count).getResultList().stream().map(mapper::summary).toList();
    }

    /** The newest change to anything public on the blog, for Last-Modified; null when nothing is published. */
    @Transactional
    public Instant lastChange() {
        return allPublished().stream().map(Summary::lastModified).max(Instant::compareTo).orElse(null);
    }

    private Parameters now() {
        return Parameters.with("now", clock.instant());
    }
}
