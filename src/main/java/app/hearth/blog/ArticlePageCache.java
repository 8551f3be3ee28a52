package app.hearth.blog;

import app.hearth.blog.ArticleViews.Detail;
import app.hearth.common.BriefCache;
import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Supplier;

/**
 * Published articles as shown on /blog/{slug}, kept for hearth.cache.ttl (2 s by default) so a popular article
 * costs one set of queries per moment rather than per reader. Any article change forgets them all once its
 * transaction ends (related-article lists span articles); other instances see it within the TTL.
 */
@ApplicationScoped
public class ArticlePageCache {

    private final BriefCache<Detail> details;
    private final BriefCache<String> rendered;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ArticlePageCache(HearthConfig config) {
        this.details = new BriefCache<>(config.cache().ttl());
        this.rendered = new BriefCache<>(config.cache().ttl());
    }

    Detail get(String slug, Supplier<Detail> compute) {
        return details.get(slug, compute);
    }

    /**
     * The article page's HTML. It holds nothing per request (the layout's JSON-LD is a data block that needs no
     * CSP nonce), so one rendering serves every reader until a change or the TTL.
     */
    public String page(String slug, Supplier<String> render) {
        return rendered.get(slug, render);
    }

    /** Forgets now and again when the current transaction ends, so no reader keeps what it read before the commit. */
    void changed() {
        details.invalidate();
        rendered.invalidate();
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    details.invalidate();
                    rendered.invalidate();
                }
            });
        }
    }
}
