package app.hearth.blog;

/**
 * Fired inside a transaction that changes anything a reader may see (an article created, edited, published,
 * unpublished or deleted); the blog's caches forget once it commits, so the change shows at once.
 */
record ArticlesChanged() {
}
