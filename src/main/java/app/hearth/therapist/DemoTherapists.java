package app.hearth.therapist;

import app.hearth.common.HearthConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/** Seeds three demo therapists in three zones into an empty database when HEARTH_DEMO_DATA is on. */
@ApplicationScoped
class DemoTherapists {

    private static final Logger LOG = Logger.getLogger(DemoTherapists.class);

    @Inject
    HearthConfig config;
    @Inject
    Clock clock;
    @Inject
    Event<DemoTherapistsSeeded> seeded;

    void seed(@Observes @Priority(10) StartupEvent start) {
        if (!config.demoData()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (Therapist.count() > 0) {
                return;
            }
            Therapist amara = therapist("amara-okafor", "Amara Okafor", "she/her", "MSW, RSW", "America/Toronto",
                    "Amara works with adults navigating anxiety, burnout and life transitions, using CBT and "
                            + "acceptance-based approaches. She believes therapy works best when it feels like a "
                            + "conversation, not an appointment.",
                    List.of("Anxiety", "Burnout", "Life transitions"), List.of("English", "French"),
                    new BookingPolicy(10, 10, 24, 60, 6));
            amara.email = "amara@maplegrove.example";

            Therapist daniel = therapist("daniel-reyes", "Daniel Reyes", "he/him", "M.A., RCC", "America/Vancouver",
                    "Daniel supports couples and individuals through relationship strain, grief and identity "
                            + "questions. His approach draws on Emotionally Focused Therapy and narrative practice.",
                    List.of("Couples", "Grief", "LGBTQ+ affirming care"), List.of("English", "Spanish"),
                    new BookingPolicy(0, 15, 12, 45, 8));
            daniel.email = "daniel@maplegrove.example";

            Therapist priya = therapist("priya-shah", "Priya Shah", "she/they", "MBACP (Accred)", "Europe/London",
                    "Priya offers online sessions for clients across time zones, with a focus on trauma-informed "
                            + "care, self-esteem and the pressures of working in demanding professions.",
                    List.of("Trauma", "Self-esteem", "Workplace stress"), List.of("English", "Hindi", "Gujarati"),
                    new BookingPolicy(5, 5, 48, 90, 5));
            priya.email = "priya@maplegrove.example";
            seeded.fire(new DemoTherapistsSeeded(List.of(amara, daniel, priya)));
            LOG.infof("Demo data: seeded therapists %s, %s and %s", amara.slug, daniel.slug, priya.slug);
        });
    }

    private Therapist therapist(String slug, String name, String pronouns, String credentials, String zone,
                                String bio, List<String> specialties, List<String> languages, BookingPolicy policy) {
        Therapist t = new Therapist();
        t.slug = slug;
        t.name = name;
        t.pronouns = pronouns;
        t.credentials = credentials;
        t.timezone = zone;
        t.bio = bio;
        t.photoUrl = "/images/therapists/" + slug + ".svg";
        t.specialties = specialties;
        t.languages = languages;
        t.applyPolicy(policy);
        t.createdAt = clock.instant();
        t.updatedAt = t.createdAt;
        t.persist();
        return t;
    }
}
