package app.hearth.staff;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.LinkPurpose;
import app.hearth.auth.PasswordChange;
import app.hearth.auth.PasswordHasher;
import app.hearth.common.Roles;
import app.hearth.auth.StaffLinks;
import app.hearth.auth.User;
import app.hearth.common.ConflictException;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.MailAddress;
import app.hearth.common.NotFoundException;
import app.hearth.common.Problem;
import app.hearth.common.Secrets;
import app.hearth.mail.Outbox;
import app.hearth.mail.OutgoingMail;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admin invites a person by email; the mailed link (single use, 72 hours) lets them choose their own password, so
 * nobody else ever knows it. An invitation can be resent (a new link; the old one stops working) or revoked.
 */
@ApplicationScoped
public class StaffInvitations {

    private static final Logger LOG = Logger.getLogger(StaffInvitations.class);

    @Inject
    StaffLinks links;
    @Inject
    AccountAudit audit;
    @Inject
    Outbox outbox;
    @Inject
    PasswordHasher hasher;
    @Inject
    PasswordChange passwords;
    @Inject
    HearthConfig config;
    @Inject
    Clock clock;

    /** An invitation as the admin API shows it. */
    public record Invited(long id, String email, Set<String> roles) {
    }

    /** Creates the account (with a password nobody knows) and mails the invitation. */
    public Invited invite(String email, String name, Set<String> roles, String therapistSlug) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (email == null || !MailAddress.Validator.isValid(email.strip())) {
            errors.add(new Problem.FieldError("email", "must be an email address"));
        }
        if (roles == null || roles.isEmpty() || !Set.of(Roles.ADMIN, Roles.THERAPIST).containsAll(roles)) {
            errors.add(new Problem.FieldError("roles", "must name admin, therapist or both"));
        } else if (roles.contains(Roles.THERAPIST) && (therapistSlug == null || therapistSlug.isBlank())) {
            errors.add(new Problem.FieldError("therapist", "name the therapist profile (slug) this login is for"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String unknowable = hasher.hash(Secrets.newToken());
        Invited invited = QuarkusTransaction.requiringNew().call(() -> {
            if (User.findByEmail(email).isPresent()) {
                throw new ConflictException("email-taken", "An account with this email already exists.");
            }
            User user = new User();
            user.email = User.normalizeEmail(email);
            user.passwordHash = unknowable;
            user.admin = roles.contains(Roles.ADMIN);
            if (roles.contains(Roles.THERAPIST)) {
                Therapist therapist = Therapist.<Therapist>find("slug", therapistSlug.strip()).firstResultOptional()
                        .orElseThrow(() -> new InvalidInputException("therapist", "no therapist has this slug"));
                if (User.forTherapist(therapist.id).isPresent()) {
                    throw new ConflictException("therapist-has-login", "This therapist already has a login.");
                }
                user.therapist = therapist;
            }
            user.createdAt = clock.instant();
            user.updatedAt = user.createdAt;
            user.persist();
            mail(user, name);
            return new Invited(user.id, user.email, user.groups());
        });
        LOG.infof("invitation sent to new user %d", invited.id());
        return invited;
    }

    /** A new link for a pending invitation; the earlier link stops working. */
    public void resend(long userId) {
        QuarkusTransaction.requiringNew().run(() -> mail(pending(userId), null));
        LOG.infof("invitation resent to user %d", userId);
    }

    /** Withdraws a pending invitation: the link stops working and the account is disabled. */
    public void revoke(long userId) {
        QuarkusTransaction.requiringNew().run(() -> {
            User user = pending(userId);
            links.revoke(user.id, LinkPurpose.INVITATION);
            user.active = false;
            user.updatedAt = clock.instant();
        });
        LOG.infof("invitation of user %d revoked", userId);
    }

    /** The account an invitation link is for, while it is unused and unexpired. */
    public Optional<Long> holder(String token) {
        return links.holder(token, LinkPurpose.INVITATION);
    }

    /** Uses the link and sets the chosen password (rules already checked); false when the link is no longer good. */
    public boolean accept(String token, String password) {
        Optional<Long> userId = links.useFor(token, LinkPurpose.INVITATION);
        userId.ifPresent(id -> {
            passwords.set(id, password, null);
            LOG.infof("user %d accepted the invitation", id);
            audit.record(id, Action.INVITATION_ACCEPTED, null);
        });
        return userId.isPresent();
    }

    private User pending(long userId) {
        User user = User.findById(userId);
        boolean invited = links.hasUnused(userId, LinkPurpose.INVITATION);
        if (user == null || !user.active || user.passwordChangedAt != null || !invited) {
            throw new NotFoundException("There is no pending invitation for this account.");
        }
        return user;
    }

    private void mail(User user, String name) {
        String token = links.issue(user.id, LinkPurpose.INVITATION);
        String link = config.publicUrl("/staff/invitation/" + token);
        String text = "Hello" + (name == null || name.isBlank() ? "" : " " + name.strip()) + ",\n\n"
                + config.practiceName() + " has invited you to its staff pages. Choose your password here:\n\n"
                + link + "\n\nThe link works once and expires in 72 hours. If you did not expect this, ignore this mail.\n";
        outbox.enqueue(new OutgoingMail(user.email, name == null ? null : name.strip(),
                "Your invitation to " + config.practiceName(), text, null, null, "invitation-" + user.id));
    }
}
