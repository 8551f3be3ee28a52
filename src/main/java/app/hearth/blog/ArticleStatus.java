package app.hearth.blog;

/** Where an article is in its life: being written, waiting for its publication time, or public. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED
}
