package app.hearth.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BriefCacheTest {

    final AtomicLong nanos = new AtomicLong(1_000);
    final AtomicInteger computations = new AtomicInteger();
    final BriefCache<byte[]> cache = new BriefCache<>(Duration.ofSeconds(2), nanos::get);

    Supplier<byte[]> compute(String answer) {
        return () -> {
            computations.incrementAndGet();
            return answer.getBytes();
        };
    }

    @Test
    void aRepeatedQueryWithinTheTtlIsAnsweredWithoutComputing() {
        cache.get("k", compute("first"));
        nanos.addAndGet(Duration.ofMillis(1999).toNanos());
        assertArrayEquals("first".getBytes(), cache.get("k", compute("second")));
        assertEquals(1, computations.get());
    }

    @Test
    void anAnswerExpiresAfterTheTtl() {
        cache.get("k", compute("first"));
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertArrayEquals("second".getBytes(), cache.get("k", compute("second")));
    }

    @Test
    void aReportedChangeEmptiesItAtOnce() {
        cache.get("k", compute("before the booking"));
        cache.invalidate();
        assertArrayEquals("after".getBytes(), cache.get("k", compute("after")));
    }

    @Test
    void differentQueriesAreKeptApartAndFailuresAreNotCached() {
        cache.get("a", compute("A"));
        assertArrayEquals("B".getBytes(), cache.get("b", compute("B")));
        assertThrows(IllegalStateException.class, () -> cache.get("bad", () -> {
            throw new IllegalStateException("unknown therapist");
        }));
        assertArrayEquals("now known".getBytes(), cache.get("bad", compute("now known")));
    }

    @Test
    void aZeroTtlTurnsItOff() {
        BriefCache<byte[]> off = new BriefCache<>(Duration.ZERO, nanos::get);
        off.get("k", compute("one"));
        assertArrayEquals("two".getBytes(), off.get("k", compute("two")));
    }
}
