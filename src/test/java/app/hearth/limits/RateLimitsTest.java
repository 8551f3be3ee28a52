package app.hearth.limits;

import app.hearth.seal.Sealer;
import app.hearth.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RateLimitsTest {

    private static final Limit THREE_PER_MINUTE = new Limit("test-three", 3, Duration.ofMinutes(1));

    @Inject
    RateLimits limits;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    Sealer sealer;

    @Test
    void anAllowanceIsSpentThenRefusedWithTheWaitThenRefilledAsTimePasses() {
        String subject = fresh();
        for (int i = 0; i < 3; i++) {
            assertTrue(limits.take(THREE_PER_MINUTE, subject).allowed(), "attempt " + (i + 1));
        }
        RateLimits.Decision refused = limits.take(THREE_PER_MINUTE, subject);
        assertFalse(refused.allowed());
        // one of three actions comes back every 20 seconds
        assertTrue(refused.retryAfter().compareTo(Duration.ofSeconds(20)) <= 0 && !refused.retryAfter().isZero(),
                "retry after " + refused.retryAfter());

        clock.advance(Duration.ofSeconds(21));
        assertTrue(limits.take(THREE_PER_MINUTE, subject).allowed());
        assertFalse(limits.take(THREE_PER_MINUTE, subject).allowed());
    }

    @Test
    void subjectsAndLimitsDoNotShareAllowances() {
        String one = fresh();
        String other = fresh();
        Limit sameNameless = new Limit("test-other", 3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            limits.take(THREE_PER_MINUTE, one);
        }
        assertFalse(limits.take(THREE_PER_MINUTE, one).allowed());
        assertTrue(limits.take(THREE_PER_MINUTE, other).allowed());
        assertTrue(limits.take(sameNameless, one).allowed());
    }

    @Test
    void aSecondInstanceOnTheSameDatabaseDrawsOnTheSameAllowance() {
        RateLimits otherInstance = new RateLimits(dataSource, clock, sealer);
        String subject = fresh();
        limits.take(THREE_PER_MINUTE, subject);
        otherInstance.take(THREE_PER_MINUTE, subject);
        limits.take(THREE_PER_MINUTE, subject);
        assertFalse(otherInstance.take(THREE_PER_MINUTE, subject).allowed());
    }

    @Test
    void givingBackAndResettingRestoreTheAllowance() {
        String subject = fresh();
        for (int i = 0; i < 3; i++) {
            limits.take(THREE_PER_MINUTE, subject);
        }
        limits.giveBack(THREE_PER_MINUTE, subject);
        assertTrue(limits.take(THREE_PER_MINUTE, subject).allowed());
        assertFalse(limits.take(THREE_PER_MINUTE, subject).allowed());

        limits.reset(THREE_PER_MINUTE, subject);
        assertEquals(2, limits.take(THREE_PER_MINUTE, subject).remaining());
    }

    @Test
    void concurrentAttemptsNeverGetMoreThanTheCapacity() throws Exception {
        String subject = fresh();
        Limit five = new Limit("test-five", 5, Duration.ofHours(1));
        int attempts = 16;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    gate.await();
                    return limits.take(five, subject).allowed();
                }));
            }
            gate.countDown();
            int allowed = 0;
            for (Future<Boolean> answer : answers) {
                allowed += answer.get() ? 1 : 0;
            }
            assertEquals(5, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStoredKeyHoldsNoReadableSubjectAndFullBucketsArePurged() throws Exception {
        String subject = "someone-" + UUID.randomUUID() + "@example.org";
        limits.take(THREE_PER_MINUTE, subject);
        assertFalse(storedIds().stream().anyMatch(id -> id.contains("example.org")));
        assertTrue(storedIds().contains(limits.key(THREE_PER_MINUTE, subject)));

        clock.advance(Duration.ofMinutes(5));
        limits.purgeFull();
        assertFalse(storedIds().contains(limits.key(THREE_PER_MINUTE, subject)));
    }

    private List<String> storedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from rate_limit_bucket")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }
}
