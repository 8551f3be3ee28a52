package app.hearth.mail;

import app.hearth.common.HearthConfig;
import app.hearth.common.MailSettings;
import app.hearth.common.Secrets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Claims due outbox rows and records how their delivery went, each in a short transaction of its own so no
 * lock is held while talking to SMTP. A claim is a lease: the row's next attempt moves past the lease, and
 * only the holder of the claim token may mark it sent or failed.
 */
@ApplicationScoped
public class OutboxStore {

    /** How far behind delivery is, over every instance: mails waiting, mails given up on, and why. */
    public record Backlog(long pending, long dead, Instant oldestPendingSince, String lastError) {
    }

    /**
     * The JPQL assignments that empty a finished message: once sent or withdrawn it needs no content, and
     * content kept is content that can leak (manage links, client names). A dead one keeps it for a retry.
     */
    static final String NO_CONTENT = "textBody = null, htmlBody = null, calendarIcs = null, calendarMethod = null";

    /** A claimed row: the data to send and the token proving the claim. */
    record Claim(long id, String token, int attempts, String reference, MimeComposer.Content content) {
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    HearthConfig config;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private final RandomGenerator random = RandomGenerator.getDefault();

    List<Claim> claimDue(int max) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            Instant leaseEnd = now.plus(config.mail().relay().lease());
            // PostgreSQL skips rows another instance holds; elsewhere the conditional update below is the claim
            String lock = "postgresql".equals(dbKind) ? " for update skip locked" : "";
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from outbox_message where state = 'PENDING' "
                            + "and next_attempt_at <= :now order by next_attempt_at, id limit :max" + lock)
                    .setParameter("now", now).setParameter("max", max).getResultList();
            List<Claim> claims = new ArrayList<>();
            for (Number id : ids) {
                String token = Secrets.newToken();
                int claimed = em.createNativeQuery("update outbox_message set claim_token = :token, "
                                + "next_attempt_at = :lease, updated_at = :now where id = :id and state = 'PENDING' "
                                + "and next_attempt_at <= :now")
                        .setParameter("token", token).setParameter("lease", leaseEnd).setParameter("now", now)
                        .setParameter("id", id.longValue()).executeUpdate();
                if (claimed == 1) {
                    OutboxMessage row = em.find(OutboxMessage.class, id.longValue());
                    em.refresh(row);
                    claims.add(new Claim(row.id, token, row.attempts, row.reference,
                            MimeComposer.Content.of(row, config.mail().from(), config.practiceName(), now)));
                }
            }
            return claims;
        });
    }

    /**
     * Marks the claimed row sent and drops its content in the same update; false when the claim was lost
     * (withdrawn or taken over after the lease).
     */
    boolean markSent(Claim claim) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            return em.createQuery("update OutboxMessage set state = :sent, sentAt = :now, updatedAt = :now, "
                            + "attempts = attempts + 1, claimToken = null, lastError = null, " + NO_CONTENT
                            + " where id = :id and claimToken = :token")
                    .setParameter("sent", OutboxState.SENT).setParameter("now", now)
                    .setParameter("id", claim.id()).setParameter("token", claim.token()).executeUpdate() == 1;
        });
    }

    /**
     * Gives a claim back unsent, due at once (an instance stopping hands its remaining claims to the others rather
     * than let them wait out the lease); the attempt does not count.
     */
    void release(Claim claim) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update OutboxMessage set claimToken = null, "
                        + "nextAttemptAt = :now, updatedAt = :now where id = :id and claimToken = :token")
                .setParameter("now", clock.instant()).setParameter("id", claim.id())
                .setParameter("token", claim.token()).executeUpdate());
    }

    /** Records a failure: a permanent one or the last attempt makes the row dead, otherwise it waits and retries. */
    OutboxState markFailed(Claim claim, SendFailure failure) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            MailSettings.Relay relay = config.mail().relay();
            int attempts = claim.attempts() + 1;
            boolean dead = failure.permanent() || attempts >= relay.maxAttempts();
            Instant next = dead ? now : now.plus(new Backoff(relay.initialBackoff(), relay.maxBackoff())
                    .after(attempts, random));
            OutboxState state = dead ? OutboxState.DEAD : OutboxState.PENDING;
            em.createQuery("update OutboxMessage set state = :state, attempts = :attempts, nextAttemptAt = :next, "
                            + "lastError = :error, updatedAt = :now, claimToken = null "
                            + "where id = :id and claimToken = :token")
                    .setParameter("state", state).setParameter("attempts", attempts).setParameter("next", next)
                    .setParameter("error", (failure.permanent() ? "permanent: " : "transient: ") + failure.summary())
                    .setParameter("now", now).setParameter("id", claim.id()).setParameter("token", claim.token())
                    .executeUpdate();
            return state;
        });
    }

    /** Reads the backlog in a transaction of its own: one grouped query over the state index, one for the error. */
    public Backlog backlog() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxState> waiting = List.of(OutboxState.PENDING, OutboxState.DEAD);
            long pending = 0;
            long dead = 0;
            Instant oldest = null;
            List<Object[]> rows = em.createQuery("select m.state, count(m), min(m.createdAt) from OutboxMessage m "
                    + "where m.state in :waiting group by m.state", Object[].class)
                    .setParameter("waiting", waiting).getResultList();
            for (Object[] row : rows) {
                long count = ((Number) row[1]).longValue();
                if (row[0] == OutboxState.PENDING) {
                    pending = count;
                    oldest = (Instant) row[2];
                } else {
                    dead = count;
                }
            }
            List<String> errors = em.createQuery("select m.lastError from OutboxMessage m where m.state in :waiting "
                    + "and m.lastError is not null order by m.updatedAt desc", String.class)
                    .setParameter("waiting", waiting).setMaxResults(1).getResultList();
            return new Backlog(pending, dead, oldest, errors.isEmpty() ? null : errors.get(0));
        });
    }
}
