package app.hearth.limits;

import app.hearth.common.TooManyRequestsException;
import app.hearth.seal.Sealer;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rate limits kept in the database (Bucket4j buckets in rows locked with SELECT ... FOR UPDATE), so every
 * instance behind a load balancer draws on the same allowance and a restart forgets nothing. The same SQL runs on
 * PostgreSQL and on H2 in its PostgreSQL mode. Time comes from the injected clock, so tests can refill a bucket by
 * moving it.
 */
@ApplicationScoped
public class RateLimits {

    /** A bucket row is kept until it would have refilled completely, plus this margin. */
    private static final Duration KEEP_AFTER_FULL = Duration.ofMinutes(1);

    private final ProxyManager<String> buckets;
    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Sealer sealer;

    @Inject
    RateLimits(AgroalDataSource dataSource, Clock clock, Sealer sealer) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.sealer = sealer;
        this.buckets = new DatabaseBuckets(dataSource, ClientSideConfig.getDefault()
                .withClientClock(new ClockTimeMeter(clock))
                .withExpirationAfterWriteStrategy(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL)));
    }

    /** Takes one action from the subject's allowance under this limit; the answer says whether it was there. */
    public Decision take(Limit limit, String subject) {
        ConsumptionProbe probe = outsideTransaction(() -> buckets.builder()
                .build(key(limit, subject), limit::bucket)
                .tryConsumeAndReturnRemaining(1));
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill()));
    }

    /** Takes one action or throws 429 with the time until the next one is allowed. */
    public void check(Limit limit, String subject) {
        Decision decision = take(limit, subject);
        if (!decision.allowed()) {
            throw new TooManyRequestsException(decision.retryAfter());
        }
    }

    /** Gives one action back (an attempt that turned out well should not count against the subject). */
    public void giveBack(Limit limit, String subject) {
        outsideTransaction(() -> {
            buckets.builder().build(key(limit, subject), limit::bucket).addTokens(1);
            return null;
        });
    }

    /** Forgets the subject's use of this limit entirely (e.g. after a successful sign-in with a second factor). */
    public void reset(Limit limit, String subject) {
        outsideTransaction(() -> {
            buckets.removeProxy(key(limit, subject));
            return null;
        });
    }

    /** Rows of buckets that would be full again by now remember nothing: delete them. */
    @RunsOnce
    @Scheduled(every = "${hearth.limits.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeFull() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from rate_limit_bucket where expires_at < ?")) {
            delete.setLong(1, clock.millis());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge rate-limit buckets", e);
        }
    }

    /**
     * The row id: the limit's name and a keyed index of the subject, so no address or email is stored readable nor
     * can be confirmed by hashing guesses. A key rotation starts every bucket afresh, which is harmless.
     */
    String key(Limit limit, String subject) {
        return limit.name() + ":" + sealer.blindIndex("rate-limit:" + limit.name(), subject).substring(0, 40);
    }

    /**
     * Bucket4j commits its own short transaction on its own connection; inside a caller's JTA transaction the
     * pool would enlist that connection and refuse the commit, so the caller's transaction is set aside meanwhile.
     */
    private static <T> T outsideTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.suspendingExisting().call(work);
    }

    /** Whether an action was allowed, how many remain, and how long until the next one when refused. */
    public record Decision(boolean allowed, long remaining, Duration retryAfter) {
    }

    /** Bucket4j's time source read from the application's clock. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
