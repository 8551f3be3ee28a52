package app.hearth.auth;

import app.hearth.common.HearthConfig;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * With HEARTH_DEMO_DATA on, seeds a demo admin and a login for each demo therapist (after the therapists
 * themselves), each only when it does not exist yet. The passwords are published in the README, so a production
 * start never creates them, even when demo content is on for a showcase; they sign in without a second factor.
 */
@ApplicationScoped
class DemoLogins {

    private static final Logger LOG = Logger.getLogger(DemoLogins.class);

    public static final String ADMIN_EMAIL = "admin@maplegrove.example";
    public static final String ADMIN_PASSWORD = "demo-admin-password";
    public static final String THERAPIST_PASSWORD = "demo-therapist-password";
    /** Demo therapist slug to the email that signs in as them. */
    public static final Map<String, String> THERAPISTS = Map.of(
            "amara-okafor", "amara@maplegrove.example",
            "daniel-reyes", "daniel@maplegrove.example",
            "priya-shah", "priya@maplegrove.example");

    @Inject
    HearthConfig config;
    @Inject
    PasswordHasher hasher;
    @Inject
    Clock clock;

    void seed(@Observes @Priority(20) StartupEvent start) {
        if (!config.demoData()) {
            return;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.info("Demo data: demo logins are not created in production (their passwords are public)");
            return;
        }
        List<String> seeded = QuarkusTransaction.requiringNew().call(() -> {
            List<String> lines = new ArrayList<>();
            if (User.findByEmail(ADMIN_EMAIL).isEmpty()) {
                account(ADMIN_EMAIL, hasher.hash(ADMIN_PASSWORD), null);
                lines.add("admin      " + ADMIN_EMAIL + " / " + ADMIN_PASSWORD);
            }
            THERAPISTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(demo ->
                    Therapist.<Therapist>find("slug", demo.getKey()).firstResultOptional()
                            .filter(t -> User.forTherapist(t.id).isEmpty() && User.findByEmail(demo.getValue()).isEmpty())
                            .ifPresent(t -> {
                                account(demo.getValue(), hasher.hash(THERAPIST_PASSWORD), t);
                                lines.add("therapist  " + demo.getValue() + " / " + THERAPIST_PASSWORD);
                            }));
            return lines;
        });
        if (seeded.isEmpty()) {
            return;
        }
        LOG.info("Demo data: sign in at /staff/sign-in or POST /api/auth/login with\n  " + String.join("\n  ", seeded));
    }

    private void account(String email, String hash, Therapist therapist) {
        User user = new User();
        user.email = email;
        user.passwordHash = hash;
        user.admin = therapist == null;
        user.therapist = therapist;
        user.createdAt = clock.instant();
        user.updatedAt = user.createdAt;
        user.persist();
    }
}
