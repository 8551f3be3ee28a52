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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Seeds three short articles by the demo therapists into an empty blog when HEARTH_DEMO_DATA is on. */
@ApplicationScoped
public class DemoArticles {

    private static final Logger LOG = Logger.getLogger(DemoArticles.class);

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
            Instant now = clock.instant();
            int seeded = 0;
            seeded += article("amara-okafor", "When rest doesn't feel restful: noticing burnout early",
                    "Burnout rarely arrives all at once. Here are the quiet signs that come first, and small ways to answer them.",
                    """
                    Most people picture burnout as a sudden collapse. In my practice it usually looks quieter: a slow \
                    draining that is easy to explain away until a weekend off no longer refills the tank.

                    ## The early signs

                    - You feel tired *before* the week begins, not only at its end.
                    - Things you used to enjoy start to feel like chores.
                    - You are more irritable with people you care about.
                    - Small decisions, like what to cook, feel oddly heavy.

                    ## Why rest alone may not help

                    Rest helps the body recover from effort. Burnout is often about *meaning and control* as much as \
                    effort: feeling that your work never ends, or that nothing you do changes the outcome. A lie-in \
                    cannot fix that, which is why it can feel as if rest "doesn't work".

                    ## Three small experiments

                    1. Name one task you can drop or hand over this week, and do it.
                    2. Put a clear end to the working day: close the laptop, change clothes, step outside.
                    3. Tell one person how you are actually doing.

                    None of these is a cure. They are ways of gathering information about what drains you and what \
                    gives something back.
                    """,
                    List.of("burnout", "stress", "self-care"),
                    List.of(new Faq("Is burnout the same as depression?",
                                    "They overlap, but they are not the same. Burnout is tied to a demanding situation, "
                                            + "usually work or caring. If low mood follows you everywhere, talk to a professional."),
                            new Faq("How long does recovery take?",
                                    "It varies a lot. Many people notice change within weeks once the load is adjusted, "
                                            + "while full recovery can take months.")),
                    now.minus(Duration.ofDays(21)));
            seeded += article("daniel-reyes", "Grief doesn't follow a timetable",
                    "The idea of tidy grief stages can leave people feeling they are grieving wrongly. A gentler way to think about loss.",
                    """
                    Many of the people I see after a loss ask me the same question in different words: *am I doing \
                    this right?* They have heard of the stages of grief and worry they are stuck, or moving too fast.

                    ## Grief comes in waves

                    Rather than a ladder you climb, grief tends to move like the sea. Some days are calm; then a song, \
                    a smell or a date on the calendar brings a wave you did not expect. This is normal, even years later.

                    ## What tends to help

                    - Saying the person's name and telling stories about them.
                    - Letting routines carry you on the days when choices feel impossible.
                    - Making room for mixed feelings, including relief or anger, without judging them.

                    ## When to look for support

                    If grief stops you from eating, sleeping or working for a long stretch, or if you feel you cannot \
                    go on, please reach out. Talking with someone trained in grief can make the load easier to carry.
                    """,
                    List.of("grief", "relationships"),
                    List.of(new Faq("Is it normal to feel fine and then fall apart months later?",
                                    "Yes. Shock often softens the first weeks, and grief can deepen once other people "
                                            + "have moved on. A delayed wave does not mean something is wrong with you."),
                            new Faq("Can couples grieve differently?",
                                    "Very often. One partner may want to talk while the other copes by doing. Naming "
                                            + "that difference can prevent a lot of hurt.")),
                    now.minus(Duration.ofDays(12)));
            seeded += article("priya-shah", "Quietening the inner critic at work",
                    "High achievers often carry a harsh inner voice. Where it comes from, and how to answer it with more kindness.",
                    """
                    Many of my clients work in demanding professions and do them well. Yet inside, a running commentary \
                    tells them they are one mistake away from being found out.

                    ## Where the critic comes from

                    The inner critic usually started as protection. Somewhere along the way, being hard on yourself \
                    seemed to keep you safe from disappointment or criticism from others. It made sense then; it may \
                    cost more than it gives now.

                    ## Answering it

                    1. **Notice** the voice and give it a name. It is a voice, not the truth.
                    2. **Ask** what a trusted colleague would say about the same situation.
                    3. **Respond** in that kinder voice, out loud or on paper.

                    Self-compassion is not the same as lowering your standards. People who treat their mistakes kindly \
                    tend to recover from them faster and learn more.
                    """,
                    List.of("self-esteem", "stress"),
                    List.of(new Faq("Won't I stop performing if I'm kinder to myself?",
                                    "Research and clinical experience suggest the opposite: harsh self-talk increases "
                                            + "fear of failure, while self-compassion supports steady effort."),
                            new Faq("Can therapy help with perfectionism?",
                                    "Yes. Approaches such as CBT and compassion-focused therapy work directly with the "
                                            + "beliefs that keep perfectionism going.")),
                    now.minus(Duration.ofDays(4)));
            if (seeded > 0) {
                LOG.infof("Demo data: seeded %d articles", seeded);
            }
        });
    }

    private int article(String authorSlug, String title, String summary, String body, List<String> tags,
                        List<Faq> faqs, Instant published) {
        Therapist author = Therapist.findListed(authorSlug).orElse(null);
        if (author == null) {
            return 0;
        }
        Article a = new Article();
        a.slug = ArticleEditing.slugOf(title);
        a.title = title;
        a.summary = summary;
        a.bodyMarkdown = body;
        a.author = author;
        a.tags.addAll(tags);
        a.faqs.addAll(faqs);
        a.status = ArticleStatus.PUBLISHED;
        a.publishedAt = published;
        a.createdAt = published;
        a.updatedAt = published;
        a.persist();
        return 1;
    }
}
