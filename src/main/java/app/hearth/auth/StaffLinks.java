package app.hearth.auth;

import app.hearth.common.Secrets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Single-use links (256-bit tokens, stored hashed): a new one replaces the person's earlier unused link of the same
 * purpose, and using one is an atomic conditional update, so two tabs or two instances cannot both use it.
 */
@ApplicationScoped
public class StaffLinks {

    static final Duration INVITATION_LIFETIME = Duration.ofHours(72);
    static final Duration RESET_LIFETIME = Duration.ofMinutes(30);
    static final Duration EMAIL_LIFETIME = Duration.ofHours(24);

    @Inject
    Clock clock;

    /** A new link token for the account (in the caller's transaction); the earlier unused one of this purpose stops working. */
    public String issue(long userId, LinkPurpose purpose) {
        return issue(userId, purpose, null);
    }

    /** A link confirming a new email address (24 hours); the account's earlier unconfirmed change stops working. */
    public String issueEmailChange(long userId, String newEmail) {
        return issue(userId, LinkPurpose.EMAIL, newEmail);
    }

    /** An email-change link's account and new address, present exactly once (the link is used by this call). */
    public Optional<EmailChangeLink> useEmailChange(String token) {
        Optional<EmailChangeLink> change = !Secrets.looksLikeToken(token) ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> StaffLink.<StaffLink>findByIdOptional(Secrets.hash(token))
                .filter(l -> l.purpose == LinkPurpose.EMAIL && l.usedAt == null && clock.instant().isBefore(l.expiresAt))
                .map(l -> new EmailChangeLink(l.userId, l.newEmail)));
        return change.isPresent() && use(token, LinkPurpose.EMAIL) ? change : Optional.empty();
    }

    /** Whose email change a link confirms, and to which address. */
    public record EmailChangeLink(long userId, String newEmail) {
    }

    private String issue(long userId, LinkPurpose purpose, String newEmail) {
        String token = Secrets.newToken();
        QuarkusTransaction.joiningExisting().run(() -> {
            StaffLink.delete("userId = ?1 and purpose = ?2 and usedAt is null", userId, purpose);
            Instant now = clock.instant();
            StaffLink link = new StaffLink();
            link.tokenHash = Secrets.hash(token);
            link.userId = userId;
            link.purpose = purpose;
            link.createdAt = now;
            link.expiresAt = now.plus(switch (purpose) {
                case INVITATION -> INVITATION_LIFETIME;
                case RESET -> RESET_LIFETIME;
                case EMAIL -> EMAIL_LIFETIME;
            });
            link.newEmail = newEmail;
            link.persist();
        });
        return token;
    }

    /** The account an unused, unexpired link belongs to. */
    public Optional<Long> holder(String token, LinkPurpose purpose) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> StaffLink.<StaffLink>findByIdOptional(Secrets.hash(token))
                .filter(l -> l.purpose == purpose && l.usedAt == null && clock.instant().isBefore(l.expiresAt))
                .map(l -> l.userId));
    }

    /** Uses the link and answers whose it was: present exactly once, for an unused and unexpired link. */
    public Optional<Long> useFor(String token, LinkPurpose purpose) {
        Optional<Long> userId = holder(token, purpose);
        return userId.isPresent() && use(token, purpose) ? userId : Optional.empty();
    }

    /** Uses the link: true exactly once, for an unused and unexpired link of this purpose. */
    public boolean use(String token, LinkPurpose purpose) {
        if (!Secrets.looksLikeToken(token)) {
            return false;
        }
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> StaffLink.update(
                "usedAt = ?1 where tokenHash = ?2 and purpose = ?3 and usedAt is null and expiresAt > ?1",
                now, Secrets.hash(token), purpose) == 1);
    }

    /** Whether the account has an unused link of this purpose (expired or not). */
    public boolean hasUnused(long userId, LinkPurpose purpose) {
        return QuarkusTransaction.joiningExisting().call(() ->
                StaffLink.count("userId = ?1 and purpose = ?2 and usedAt is null", userId, purpose) > 0);
    }

    public void revoke(long userId, LinkPurpose purpose) {
        QuarkusTransaction.joiningExisting().run(() ->
                StaffLink.delete("userId = ?1 and purpose = ?2 and usedAt is null", userId, purpose));
    }
}
