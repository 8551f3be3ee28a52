package app.hearth.blog;

import app.hearth.cluster.CachesChanged;

import java.util.Set;

/**
 * Fired inside a transaction that changes anything a reader may see (an article created, edited, published,
 * unpublished or deleted); the blog's caches forget once it commits, so the change shows at once, on every
 * instance (the caches named here; renderings are keyed by version and never stale).
 */
record ArticlesChanged() implements CachesChanged {

    @Override
    public Set<String> caches() {
        return Set.of(ArticleCaches.DETAILS, ArticleCaches.PAGES);
    }
}
