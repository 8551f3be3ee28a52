package app.hearth.blog;

import app.hearth.common.HearthConfig;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the demo articles (Markdown under resources/demo/articles, each with a small front matter) into an empty
 * blog when HEARTH_DEMO_DATA is on. An article whose author is not a listed therapist is left out.
 */
@ApplicationScoped
class DemoArticles {

    private static final Logger LOG = Logger.getLogger(DemoArticles.class);
    private static final List<String> FILES = List.of("burnout-before-the-crash", "grief-has-no-schedule",
            "the-inner-critic-at-work");

    @Inject
    HearthConfig config;
    @Inject
    Clock clock;

    void seed(@Observes @Priority(20) StartupEvent start) {
        if (!config.demoData()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (Article.count() > 0) {
                return;
            }
            long seeded = FILES.stream().map(DemoArticles::load).filter(this::persist).count();
            LOG.infof("Demo data: seeded %d articles", seeded);
        });
    }

    /** An article as its file describes it: its author's slug and how many days before now it was published. */
    record Demo(String author, long daysAgo, Article article) {
    }

    /** Front matter ("key: value" lines between "---" lines; "faq: question | answer" may repeat), then the body. */
    static Demo load(String name) {
        String text = resource("demo/articles/" + name + ".md");
        String[] parts = text.split("(?m)^---\\s*$", 3);
        Map<String, String> front = new HashMap<>();
        Article article = new Article();
        for (String line : parts[1].strip().split("\n")) {
            String[] pair = line.split(":\\s*", 2);
            if (pair[0].equals("faq")) {
                String[] faq = pair[1].split("\\s*\\|\\s*", 2);
                article.faqs.add(new Faq(faq[0], faq[1]));
            } else {
                front.put(pair[0], pair[1].strip());
            }
        }
        article.title = front.get("title");
        article.slug = front.get("slug");
        article.summary = front.get("summary");
        article.tags.addAll(Arrays.stream(front.get("tags").split("\\s*,\\s*")).toList());
        article.bodyMarkdown = parts[2].strip() + "\n";
        // "21 days ago": relative, so the demo blog looks alive whenever it is started
        return new Demo(front.get("author"), Long.parseLong(front.get("published").split(" ")[0]), article);
    }

    /** Stores a loaded article under its real author, published the given number of days before now. */
    private boolean persist(Demo demo) {
        Therapist author = Therapist.findListed(demo.author()).orElse(null);
        if (author == null) {
            return false;
        }
        Instant published = clock.instant().minus(Duration.ofDays(demo.daysAgo()));
        Article loaded = demo.article();
        loaded.author = author;
        loaded.status = ArticleStatus.PUBLISHED;
        loaded.publishedAt = published;
        loaded.createdAt = published;
        loaded.updatedAt = published;
        loaded.persist();
        return true;
    }

    private static String resource(String path) {
        try (InputStream in = DemoArticles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
