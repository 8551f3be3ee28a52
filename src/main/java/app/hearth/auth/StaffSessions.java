package app.hearth.auth;

import app.hearth.audit.AuditLog.Action;
import app.hearth.common.HearthConfig;
import app.hearth.common.Secrets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Server-side staff sessions: a 256-bit random cookie value, stored hashed, with an idle limit
 * (HEARTH_STAFF_IDLE_TIMEOUT) and an absolute one (HEARTH_STAFF_MAX_SESSION), both checked here against the injected
 * clock. Each step up in a sign-in (second factor, enrolment) issues a new value, so a value seen before sign-in
 * is worth nothing after it.
 */
@ApplicationScoped
public class StaffSessions {

    private static final Logger LOG = Logger.getLogger(StaffSessions.class);
    /** How long a half-finished sign-in (waiting for a code or an enrolment) may sit. */
    static final Duration UNFINISHED = Duration.ofMinutes(15);
    /** How stale the recorded last use of a session may be before a request writes it again. */
    static final Duration SEEN_STEP = Duration.ofSeconds(30);

    @Inject
    HearthConfig config;
    @Inject
    AccountAudit audit;
    @Inject
    Clock clock;

    /** A live session as pages see it; {@code idHash} names it without revealing the cookie. */
    public record Current(String idHash, long userId, SignInStage stage, Instant createdAt, Instant lastSeenAt,
                          Instant idleUntil, Instant authenticatedAt) {
    }

    /** Starts a session at the given stage and answers the cookie value. */
    public String start(long userId, SignInStage stage) {
        String token = Secrets.newToken();
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = clock.instant();
            StaffSession session = new StaffSession();
            session.idHash = Secrets.hash(token);
            session.userId = userId;
            session.stage = stage;
            session.createdAt = now;
            session.lastSeenAt = now;
            session.authenticatedAt = now;
            session.expiresAt = now.plus(stage == SignInStage.SIGNED_IN ? config.staff().maxSession() : UNFINISHED);
            session.persist();
        });
        return token;
    }

    /**
     * The live session behind a cookie value, marked as used now; empty when there is none, it has timed out (it is
     * then ended), or its account is no longer active.
     */
    public Optional<Current> find(String token) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        String idHash = Secrets.hash(token);
        return QuarkusTransaction.requiringNew().call(() -> {
            StaffSession session = StaffSession.findById(idHash);
            if (session == null) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            Instant idleUntil = session.lastSeenAt.plus(config.staff().idleTimeout());
            User user = User.findById(session.userId);
            if (!now.isBefore(idleUntil) || !now.isBefore(session.expiresAt) || user == null || !user.active) {
                String reason = user == null || !user.active ? "account inactive" : "timed out";
                LOG.infof("staff session of user %d ended: %s", session.userId, reason);
                audit.record(session.userId, Action.SESSION_ENDED, reason);
                session.delete();
                return Optional.empty();
            }
            // a request within SEEN_STEP of the last recorded one leaves the row alone: otherwise every page view is a
            // write, and a session's parallel requests queue on its row lock; the idle limit shifts by at most the step
            if (!now.isBefore(session.lastSeenAt.plus(SEEN_STEP))) {
                session.lastSeenAt = now;
            }
            Instant seen = session.lastSeenAt;
            return Optional.of(new Current(idHash, session.userId, session.stage, session.createdAt, seen,
                    seen.plus(config.staff().idleTimeout()), session.authenticatedAt));
        });
    }

    /** The person proved again who they are (password, code or passkey): recorded in the session and the audit log. */
    public void reauthenticated(String idHash, long userId, String how) {
        QuarkusTransaction.requiringNew().run(() -> StaffSession.update("authenticatedAt = ?1 where idHash = ?2",
                clock.instant(), idHash));
        audit.record(userId, Action.REAUTHENTICATED, how);
    }

    /** Ends this session and starts the next stage's under a new cookie value, which it answers. */
    public String advance(String token, long userId, SignInStage stage) {
        end(token);
        return start(userId, stage);
    }

    /** The person signs out: the session ends and the audit log says so. */
    public void signOut(String token) {
        if (Secrets.looksLikeToken(token)) {
            QuarkusTransaction.requiringNew().call(() -> StaffSession.<StaffSession>findByIdOptional(Secrets.hash(token)))
                    .ifPresent(session -> audit.record(session.userId, Action.SIGN_OUT, null));
        }
        end(token);
    }

    public void end(String token) {
        if (Secrets.looksLikeToken(token)) {
            QuarkusTransaction.requiringNew().run(() -> StaffSession.deleteById(Secrets.hash(token)));
        }
    }

    /** Ends every session of the account except the one named (null: all of them); answers how many ended. */
    public long endOthers(long userId, String keepIdHash) {
        return QuarkusTransaction.requiringNew().call(() -> keepIdHash == null
                ? StaffSession.delete("userId", userId)
                : StaffSession.delete("userId = ?1 and idHash <> ?2", userId, keepIdHash));
    }

    /** The account's signed-in sessions, newest first. */
    public List<Current> list(long userId) {
        Duration idle = config.staff().idleTimeout();
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> StaffSession.<StaffSession>list(
                        "userId = ?1 and stage = ?2", Sort.descending("createdAt"), userId, SignInStage.SIGNED_IN)
                .stream()
                .filter(s -> now.isBefore(s.lastSeenAt.plus(idle)) && now.isBefore(s.expiresAt))
                .map(s -> new Current(s.idHash, s.userId, s.stage, s.createdAt, s.lastSeenAt, s.lastSeenAt.plus(idle),
                        s.authenticatedAt))
                .toList());
    }
}
