package app.hearth.blog;

import app.hearth.blog.ArticleViews.Admin;
import app.hearth.common.InvalidInputException;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** Puts articles before the public (now or at a time), takes them down, and marks scheduled ones published. */
@ApplicationScoped
class ArticlePublishing {

    private static final Logger LOG = Logger.getLogger(ArticlePublishing.class);

    @Inject
    Clock clock;
    @Inject
    ArticleMapper mapper;
    @Inject
    Event<ArticlesChanged> changed;

    @Transactional
    Admin publish(long id, Instant at) {
        Article article = Article.require(id);
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
        return mapper.admin(article);
    }

    @Transactional
    Admin unpublish(long id) {
        Article article = Article.require(id);
        article.status = ArticleStatus.DRAFT;
        article.updatedAt = clock.instant();
        Article.flush();
        changed.fire(new ArticlesChanged());
        LOG.infof("article %d unpublished", article.id);
        return mapper.admin(article);
    }

    /**
     * Scheduled articles whose time has come become plainly published; returns how many. Visibility never waits
     * for this job (readers see a scheduled article the moment its time comes): it keeps the admin's status truthful.
     */
    @Transactional
    int publishDue() {
        int published = Article.update("status = ?1 where status = ?2 and publishedAt <= ?3", ArticleStatus.PUBLISHED,
                ArticleStatus.SCHEDULED, clock.instant());
        if (published > 0) {
            changed.fire(new ArticlesChanged());
            LOG.infof("%d scheduled article(s) published", published);
        }
        return published;
    }

    @RunsOnce
    @Scheduled(every = "60s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDueOnSchedule() {
        publishDue();
    }
}
