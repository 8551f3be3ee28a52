package app.hearth.blog;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Marks scheduled articles as published once their time has passed. Visibility never waits for this job
 * (readers see a scheduled article the moment its time comes); it keeps the status the admin sees truthful.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    @Inject
    ArticleService articles;

    @Scheduled(every = "60s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        int published = articles.publishDue();
        if (published > 0) {
            LOG.infof("%d scheduled article(s) published", published);
        }
    }
}
