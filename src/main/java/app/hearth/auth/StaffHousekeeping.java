package app.hearth.auth;

import app.hearth.common.HearthConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what can no longer be used: sessions past their idle or absolute limit (a session is otherwise only
 * deleted when its cookie comes back), links a day after they expired, and failure counts a day after the last
 * failure (the account starts afresh, as if it had never been guessed at).
 */
@ApplicationScoped
class StaffHousekeeping {

    static final Duration KEEP = Duration.ofDays(1);

    @Inject
    Clock clock;
    @Inject
    HearthConfig config;

    @RunsOnce
    @Scheduled(every = "${hearth.limits.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            StaffSession.delete("expiresAt < ?1 or lastSeenAt < ?2", now, now.minus(config.staff().idleTimeout()));
            StaffLink.delete("expiresAt < ?1", now.minus(KEEP));
            SignInFailure.delete("lastFailureAt < ?1", now.minus(KEEP));
            WebAuthnChallenge.delete("expiresAt < ?1", now);
        });
    }
}
