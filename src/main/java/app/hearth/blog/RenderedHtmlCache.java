package app.hearth.blog;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered, sanitized article HTML, kept per article and keyed by its version: an edit bumps the version, so
 * a stale rendering can never be served even before the explicit eviction on update and delete.
 */
@ApplicationScoped
public class RenderedHtmlCache {

    private record Entry(long version, String html) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    public String html(Article article) {
        Entry cached = entries.get(article.id);
        if (cached != null && cached.version() == article.version) {
            return cached.html();
        }
        String html = MarkdownRenderer.toHtml(article.bodyMarkdown);
        entries.put(article.id, new Entry(article.version, html));
        return html;
    }

    public void evict(Long articleId) {
        entries.remove(articleId);
    }

    int size() {
        return entries.size();
    }
}
