package app.hearth.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(2));

    @ParameterizedTest(name = "after {0} failures: between {1}s and {2}s")
    @CsvSource({
            "1, 15, 30",
            "2, 30, 60",
            "3, 60, 120",
            "5, 240, 480",
            "9, 3600, 7200",
            "40, 3600, 7200"})
    void doublesEachTimeUpToTheCapWithJitterInTheUpperHalf(int failures, long minSeconds, long maxSeconds) {
        Random random = new Random(failures);
        long seen = Long.MAX_VALUE;
        long seenMax = 0;
        for (int i = 0; i < 500; i++) {
            long millis = backoff.after(failures, random).toMillis();
            assertTrue(millis >= minSeconds * 1000 && millis <= maxSeconds * 1000, "got " + millis);
            seen = Math.min(seen, millis);
            seenMax = Math.max(seenMax, millis);
        }
        assertTrue(seenMax - seen > (maxSeconds - minSeconds) * 500, "the jitter actually spreads retries");
    }
}
