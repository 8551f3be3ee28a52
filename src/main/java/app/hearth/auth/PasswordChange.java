package app.hearth.auth;

import app.hearth.audit.AuditLog.Action;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;

/**
 * Sets a new password. Either way it is set (change with the current password, or a reset link), every earlier
 * access token stops working (the token epoch rises) and every other staff session ends.
 */
@ApplicationScoped
public class PasswordChange {

    private static final Logger LOG = Logger.getLogger(PasswordChange.class);

    @Inject
    PasswordHasher hasher;
    @Inject
    AccountAudit audit;
    @Inject
    PasswordRules rules;
    @Inject
    StaffSessions sessions;
    @Inject
    Clock clock;

    /** What went wrong, for the form: which field and why. */
    public record Refusal(String field, String message) {
    }

    /** Re-authenticates with the current password, then sets the new one; the session named is kept. */
    public Optional<Refusal> change(long userId, String currentPassword, String newPassword, String keepSessionIdHash) {
        User user = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(userId));
        if (user == null || !hasher.matches(currentPassword == null ? "" : currentPassword, user.passwordHash)) {
            return Optional.of(new Refusal("current", "The current password is not correct."));
        }
        Optional<String> problem = rules.problem(newPassword);
        if (problem.isPresent()) {
            return Optional.of(new Refusal("password", problem.get()));
        }
        set(userId, newPassword, keepSessionIdHash);
        return Optional.empty();
    }

    /** Sets the password without the old one (a reset or invitation link proved who this is); rules already checked. */
    public void set(long userId, String newPassword, String keepSessionIdHash) {
        String hash = hasher.hash(newPassword);
        QuarkusTransaction.requiringNew().run(() -> {
            User user = User.findById(userId);
            user.passwordHash = hash;
            user.tokenEpoch++;
            user.passwordChangedAt = clock.instant();
            user.updatedAt = user.passwordChangedAt;
        });
        long ended = sessions.endOthers(userId, keepSessionIdHash);
        LOG.infof("user %d set a new password; %d other sessions ended", userId, ended);
        audit.record(userId, Action.PASSWORD_SET, ended + " other sessions ended");
    }
}
