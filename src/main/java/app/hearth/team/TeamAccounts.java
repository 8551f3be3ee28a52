package app.hearth.team;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.LinkPurpose;
import app.hearth.auth.StaffLinks;
import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import app.hearth.common.ConflictException;
import app.hearth.common.HearthConfig;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.common.Roles;
import app.hearth.staff.StaffInvitations;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The team as the practice console runs it: who has an account and in which state, roles, switching an account off
 * (its sessions end and, for a therapist, the profile leaves the site and the slot answer) and on again. Profiles
 * and invitations go through {@link AdminTherapistService} and {@link StaffInvitations}, as the admin API does.
 */
@ApplicationScoped
class TeamAccounts {

    private static final Logger LOG = Logger.getLogger(TeamAccounts.class);

    @Inject
    AdminTherapistService therapists;
    @Inject
    StaffInvitations invitations;
    @Inject
    StaffSessions sessions;
    @Inject
    StaffLinks links;
    @Inject
    Clock clock;
    @Inject
    HearthConfig config;
    @Inject
    AccountAudit audit;

    /** Where an account stands. */
    enum Status {
        INVITED("Invited"), ACTIVE("Active"), DEACTIVATED("Deactivated"), REVOKED("Invitation revoked");

        final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One account as the team page lists it. */
    record Member(long id, String name, String email, Status status, boolean admin, Long therapistId,
                  boolean secondFactor, Instant lastSignIn) {

        boolean therapist() {
            return therapistId != null;
        }
    }

    List<Member> members() {
        return QuarkusTransaction.requiringNew().call(() -> User.<User>listAll().stream()
                .map(this::member)
                .sorted(Comparator.comparing((Member m) -> m.status().ordinal()).thenComparing(Member::email))
                .toList());
    }

    Member member(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> member(account(userId)));
    }

    List<AdminTherapistView> profiles() {
        return therapists.list();
    }

    /** Therapist profiles that no account signs in for yet: the ones an invitation may attach to. */
    List<AdminTherapistView> profilesWithoutLogin() {
        return therapists.list().stream().filter(t -> QuarkusTransaction.requiringNew()
                .call(() -> User.forTherapist(t.id()).isEmpty())).toList();
    }

    /**
     * Invites a person; for a therapist without a profile yet ({@code therapistSlug} blank) the profile is made from
     * their name in the practice's zone, and removed again when the invitation is refused.
     */
    StaffInvitations.Invited invite(long actorId, String email, String name, Set<String> roles, String therapistSlug) {
        boolean newProfile = roles.contains(Roles.THERAPIST) && (therapistSlug == null || therapistSlug.isBlank());
        AdminTherapistView created = null;
        if (newProfile) {
            if (name == null || name.isBlank()) {
                throw new InvalidInputException("name", "give the therapist's name for their new profile");
            }
            if (email != null && QuarkusTransaction.requiringNew().call(() -> User.findByEmail(email).isPresent())) {
                throw new ConflictException("email-taken", "An account with this email already exists.");
            }
            created = therapists.create(new TherapistRequest(freeSlug(name), name.strip(), null, null, null, null,
                    config.practiceTimezone().getId(), null, List.of(), List.of(), true, null));
            therapistSlug = created.slug();
        }
        try {
            StaffInvitations.Invited invited = invitations.invite(email, name, roles, therapistSlug);
            audit.record(actorId, Action.INVITATION_SENT, "account " + invited.id());
            return invited;
        } catch (RuntimeException refused) {
            if (created != null) {
                long id = created.id();
                QuarkusTransaction.requiringNew().run(() -> Therapist.deleteById(id));
            }
            throw refused;
        }
    }

    void resend(long actorId, long userId) {
        invitations.resend(userId);
        audit.record(actorId, Action.INVITATION_SENT, "account " + userId + ", resent");
    }

    void revoke(long actorId, long userId) {
        invitations.revoke(userId);
        sessions.endOthers(userId, null);
        audit.record(actorId, Action.INVITATION_REVOKED, "account " + userId);
    }

    /** Gives or takes the admin role; the practice always keeps an active admin, and no account is left with none. */
    void setAdmin(long actorId, long userId, boolean admin) {
        QuarkusTransaction.requiringNew().run(() -> {
            User user = account(userId);
            if (user.admin == admin) {
                return;
            }
            if (!admin && user.therapist == null) {
                throw new InvalidInputException("admin", "this account has no other role: deactivate it instead");
            }
            if (!admin && user.active && User.count("admin = true and active = true") <= 1) {
                throw new InvalidInputException("admin", "the practice needs at least one active admin");
            }
            user.admin = admin;
            user.updatedAt = clock.instant();
        });
        if (!admin) {
            // a session opened as admin must not keep admin reach it no longer has
            sessions.endOthers(userId, null);
        }
        audit.record(actorId, Action.ROLES_CHANGED, "account " + userId + (admin ? ", admin given" : ", admin taken"));
        LOG.infof("admin role of user %d %s", userId, admin ? "given" : "taken");
    }

    /**
     * Switches the account off: its sessions end at once, and a therapist's profile leaves the site and the slot
     * answer and their calendar feed stops (as the admin API's deactivate does). Their bookings stay for the admin
     * to cancel or hand over.
     */
    void deactivate(long actorId, long userId) {
        if (actorId == userId) {
            throw new InvalidInputException("account", "you cannot deactivate your own account");
        }
        Long therapistId = QuarkusTransaction.requiringNew().call(() -> {
            User user = account(userId);
            if (user.admin && user.active && User.count("admin = true and active = true") <= 1) {
                throw new InvalidInputException("account", "the practice needs at least one active admin");
            }
            user.active = false;
            user.updatedAt = clock.instant();
            return user.therapist == null ? null : user.therapist.id;
        });
        sessions.endOthers(userId, null);
        if (therapistId != null) {
            therapists.setActive(therapistId, false);
        }
        audit.record(actorId, Action.ACCOUNT_DEACTIVATED, "account " + userId);
        LOG.infof("user %d deactivated", userId);
    }

    void reactivate(long actorId, long userId) {
        Long therapistId = QuarkusTransaction.requiringNew().call(() -> {
            User user = account(userId);
            if (neverUsed(user)) {
                throw new InvalidInputException("account", "this person never accepted their invitation: invite them again");
            }
            user.active = true;
            user.updatedAt = clock.instant();
            return user.therapist == null ? null : user.therapist.id;
        });
        if (therapistId != null) {
            therapists.setActive(therapistId, true);
        }
        audit.record(actorId, Action.ACCOUNT_REACTIVATED, "account " + userId);
        LOG.infof("user %d reactivated", userId);
    }

    private Member member(User user) {
        Status status;
        if (!user.active) {
            status = neverUsed(user) ? Status.REVOKED : Status.DEACTIVATED;
        } else {
            status = user.passwordChangedAt == null && links.hasUnused(user.id, LinkPurpose.INVITATION)
                    ? Status.INVITED : Status.ACTIVE;
        }
        String name = user.therapist == null ? null : user.therapist.name;
        return new Member(user.id, name, user.email, status, user.admin,
                user.therapist == null ? null : user.therapist.id, user.hasTotp(), user.lastLoginAt);
    }

    /** An account nobody ever signed in to nor chose a password for: an invitation that was never taken up. */
    private static boolean neverUsed(User user) {
        return user.passwordChangedAt == null && user.lastLoginAt == null;
    }

    private static User account(long userId) {
        User user = User.findById(userId);
        if (user == null) {
            throw new NotFoundException("No account has that id.");
        }
        return user;
    }

    /** A slug made from the name that no therapist has yet ("sam-lee", then "sam-lee-2"). */
    private static String freeSlug(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "therapist";
        }
        base = base.length() > 70 ? base.substring(0, 70) : base;
        String slug = base;
        for (int n = 2; taken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static boolean taken(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Therapist.count("slug", slug) > 0);
    }
}
