package app.hearth.staff;

import app.hearth.auth.LinkPurpose;
import app.hearth.auth.PasswordChange;
import app.hearth.auth.StaffLinks;
import app.hearth.auth.User;
import app.hearth.common.HearthConfig;
import app.hearth.limits.Limit;
import app.hearth.limits.RateLimits;
import app.hearth.mail.Outbox;
import app.hearth.mail.OutgoingMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * Forgotten passwords: a request always gets the same answer (whether or not the email has an account); an active
 * account is mailed a single-use link valid 30 minutes. Setting the new password ends every session and every
 * earlier access token. Requests are limited per client address and per email so nobody can flood an inbox.
 */
@ApplicationScoped
public class PasswordReset {

    private static final Logger LOG = Logger.getLogger(PasswordReset.class);
    static final Limit PER_ADDRESS = new Limit("password-reset-address", 10, Duration.ofHours(1));
    static final Limit PER_EMAIL = new Limit("password-reset-email", 3, Duration.ofHours(1));

    @Inject
    StaffLinks links;
    @Inject
    Outbox outbox;
    @Inject
    PasswordChange passwords;
    @Inject
    RateLimits limits;
    @Inject
    HearthConfig config;

    /** Mails a reset link when the email belongs to an active account; says nothing either way. */
    public void request(String email, String clientAddress) {
        limits.check(PER_ADDRESS, clientAddress);
        if (email == null || email.isBlank() || email.length() > 254
                || !limits.take(PER_EMAIL, User.normalizeEmail(email)).allowed()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> User.findByEmail(email).filter(u -> u.active).ifPresent(user -> {
            String token = links.issue(user.id, LinkPurpose.RESET);
            String text = "Someone asked to reset the password of your " + config.practiceName() + " staff account. "
                    + "Choose a new password here:\n\n" + config.publicUrl("/staff/reset/" + token)
                    + "\n\nThe link works once and expires in 30 minutes. If you did not ask, ignore this mail: your "
                    + "password stays as it is.\n";
            outbox.enqueue(new OutgoingMail(user.email, null, "Reset your " + config.practiceName() + " password",
                    text, null, null, "password-reset-" + user.id));
            LOG.infof("password reset link sent to user %d", user.id);
        }));
    }

    /** The account a reset link is for, while it is unused and unexpired. */
    public Optional<Long> holder(String token) {
        return links.holder(token, LinkPurpose.RESET);
    }

    /** Uses the link and sets the password (rules already checked); false when the link is no longer good. */
    public boolean reset(String token, String password) {
        Optional<Long> userId = links.useFor(token, LinkPurpose.RESET);
        userId.ifPresent(id -> passwords.set(id, password, null));
        return userId.isPresent();
    }
}
