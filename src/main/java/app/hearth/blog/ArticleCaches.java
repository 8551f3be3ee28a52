package app.hearth.blog;

import app.hearth.blog.ArticleViews.Detail;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * The blog's bounded caches. Public articles ("article-details") and their rendered pages ("article-pages") are kept
 * for hearth.cache.ttl (2 s by default), so a popular article costs one set of queries per moment rather than per
 * reader; any committed {@link ArticlesChanged} forgets them all (related-article lists span articles), on every
 * instance (cluster.CacheNotices). Sanitized Markdown renderings ("article-html") are keyed by the article's
 * version, so an edit can never be served stale and they need no forgetting.
 */
@ApplicationScoped
class ArticleCaches {

    static final String DETAILS = "article-details";
    static final String PAGES = "article-pages";

    @Inject
    @CacheName(DETAILS)
    Cache details;
    @Inject
    @CacheName(PAGES)
    Cache pages;
    @Inject
    @CacheName("article-html")
    Cache html;

    Detail detail(String slug, Supplier<Detail> compute) {
        return kept(details, slug, compute);
    }

    /**
     * The article page's HTML. It holds nothing per request (the layout's JSON-LD is a data block that needs no
     * CSP nonce), so one rendering serves every reader until a change or the TTL. It is keyed by the details it was
     * rendered from as well: when another instance's notice empties the caches, a reader that renders from the old
     * details in between keeps its page under the old key, which the fresh details never ask for.
     */
    String page(Detail article, Supplier<String> render) {
        return kept(pages, article.slug() + "@" + article.lastModified(), render);
    }

    String html(Article article) {
        return kept(html, article.id + "@" + article.version, () -> MarkdownRenderer.toHtml(article.bodyMarkdown));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged event) {
        details.invalidateAll().await().indefinitely();
        pages.invalidateAll().await().indefinitely();
    }

    /** The kept value, or a fresh one; a failure (such as an unknown slug) passes through and is not kept. */
    private static <V> V kept(Cache cache, String key, Supplier<V> compute) {
        return cache.<String, V>get(key, k -> compute.get()).await().indefinitely();
    }
}
