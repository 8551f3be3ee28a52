package app.hearth.auth;

import app.hearth.common.HearthConfig;
import app.hearth.common.MailAddress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;

/** Creates the first admin from HEARTH_ADMIN_EMAIL and HEARTH_ADMIN_PASSWORD when the practice has no admin yet. */
@ApplicationScoped
class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    PasswordHasher hasher;
    @Inject
    HearthConfig config;
    @Inject
    Clock clock;

    void create(@Observes @Priority(15) StartupEvent start) {
        Optional<String> email = config.adminEmail().filter(e -> !e.isBlank());
        Optional<String> password = config.adminPassword().filter(p -> !p.isEmpty());
        if (email.isEmpty() && password.isEmpty()) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException("Hearth cannot start: set both HEARTH_ADMIN_EMAIL and HEARTH_ADMIN_PASSWORD, or neither");
        }
        if (!MailAddress.Validator.isValid(email.get().strip())) {
            throw new IllegalStateException("Hearth cannot start: HEARTH_ADMIN_EMAIL is not a valid email address");
        }
        if (password.get().length() < MIN_PASSWORD_LENGTH || !PasswordHasher.fitsBcrypt(password.get())) {
            throw new IllegalStateException("Hearth cannot start: HEARTH_ADMIN_PASSWORD must be "
                    + MIN_PASSWORD_LENGTH + " to " + PasswordHasher.MAX_BYTES + " bytes long");
        }
        createIfNoAdmin(email.get(), password.get());
    }

    /** True when an admin was created; false when the practice already has an active admin. */
    boolean createIfNoAdmin(String email, String password) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (User.activeAdmins() > 0) {
                return false;
            }
            User admin = User.findByEmail(email).orElseGet(User::new);
            if (admin.id == null) {
                admin.createdAt = clock.instant();
            }
            admin.email = User.normalizeEmail(email);
            admin.passwordHash = hasher.hash(password);
            admin.admin = true;
            admin.active = true;
            admin.updatedAt = clock.instant();
            admin.persist();
            LOG.infof("Created the first admin (user %d) from HEARTH_ADMIN_EMAIL", admin.id);
            return true;
        });
    }
}
