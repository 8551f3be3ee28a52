package app.hearth.staff;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffLinks;
import app.hearth.auth.User;
import app.hearth.common.HearthConfig;
import app.hearth.common.MailAddress;
import app.hearth.mail.Outbox;
import app.hearth.mail.OutgoingMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;

/**
 * A person changes their sign-in email: a single-use link (24 hours) goes to the new address, and only following it
 * changes the account, so nobody can move an account to an address they do not read. The old address is then told,
 * so a change the owner did not make does not go unnoticed. Both steps are audited.
 */
@ApplicationScoped
public class EmailChange {

    private static final Logger LOG = Logger.getLogger(EmailChange.class);

    @Inject
    StaffLinks links;
    @Inject
    Outbox outbox;
    @Inject
    AccountAudit audit;
    @Inject
    HearthConfig config;
    @Inject
    Clock clock;

    /** Mails the confirmation link to the new address; answers why not (for the form field) when it cannot. */
    public Optional<String> request(long userId, String wanted) {
        if (wanted == null || wanted.strip().length() > 254 || !MailAddress.Validator.isValid(wanted.strip())) {
            return Optional.of("Enter an email address, like name@example.org.");
        }
        String email = User.normalizeEmail(wanted);
        Optional<String> refused = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(userId);
            if (user.email.equals(email)) {
                return Optional.of("This is already your email.");
            }
            if (User.findByEmail(email).isPresent()) {
                return Optional.of("Another staff account uses this email.");
            }
            String token = links.issueEmailChange(userId, email);
            String text = "Someone (we hope you) asked to sign in to the " + config.practiceName() + " staff pages with "
                    + "this address from now on. Confirm it here:\n\n" + config.publicUrl("/staff/email/" + token)
                    + "\n\nThe link works once and expires in 24 hours. If you did not ask, ignore this mail.\n";
            outbox.enqueue(new OutgoingMail(email, null, "Confirm your new email for " + config.practiceName(), text,
                    null, null, "email-change-" + userId));
            return Optional.<String>empty();
        });
        if (refused.isEmpty()) {
            LOG.infof("user %d asked to change their email", userId);
            audit.record(userId, Action.EMAIL_CHANGED, "confirmation mailed to the new address");
        }
        return refused;
    }

    /** Uses the link and moves the account to the new address; false when the link or the address is no longer good. */
    public boolean confirm(String token) {
        Optional<StaffLinks.EmailChangeLink> link = links.useEmailChange(token);
        if (link.isEmpty()) {
            return false;
        }
        long userId = link.get().userId();
        boolean changed = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(userId);
            if (user == null || !user.active || User.findByEmail(link.get().newEmail()).isPresent()) {
                return false;
            }
            String old = user.email;
            user.email = link.get().newEmail();
            user.updatedAt = clock.instant();
            outbox.enqueue(new OutgoingMail(old, null, "Your " + config.practiceName() + " sign-in email was changed",
                    "The email you sign in to the " + config.practiceName() + " staff pages with was changed to "
                            + user.email + ". If you did not do this, tell the practice's admin at once.\n",
                    null, null, "email-changed-" + userId));
            return true;
        });
        if (changed) {
            LOG.infof("user %d changed their email", userId);
            audit.record(userId, Action.EMAIL_CHANGED, "confirmed from the new address");
        }
        return changed;
    }
}
