package app.hearth.availability;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlotAnswerCacheTest {

    final AtomicLong nanos = new AtomicLong(1_000);
    final AtomicInteger computations = new AtomicInteger();
    final SlotAnswerCache cache = new SlotAnswerCache(Duration.ofSeconds(2), nanos::get);

    Supplier<byte[]> compute(String answer) {
        return () -> {
            computations.incrementAndGet();
            return answer.getBytes();
        };
    }

    @Test
    void aRepeatedQueryWithinTheTtlIsAnsweredWithoutComputing() {
        cache.answer("k", compute("first"));
        nanos.addAndGet(Duration.ofMillis(1999).toNanos());
        assertArrayEquals("first".getBytes(), cache.answer("k", compute("second")));
        assertEquals(1, computations.get());
    }

    @Test
    void anAnswerExpiresAfterTheTtl() {
        cache.answer("k", compute("first"));
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertArrayEquals("second".getBytes(), cache.answer("k", compute("second")));
    }

    @Test
    void aBookingChangeOnThisInstanceEmptiesItAtOnce() {
        cache.answer("k", compute("before the booking"));
        cache.bookingChanged(null);
        assertArrayEquals("after".getBytes(), cache.answer("k", compute("after")));
    }

    @Test
    void differentQueriesAreKeptApartAndFailuresAreNotCached() {
        cache.answer("a", compute("A"));
        assertArrayEquals("B".getBytes(), cache.answer("b", compute("B")));
        assertThrows(IllegalStateException.class, () -> cache.answer("bad", () -> {
            throw new IllegalStateException("unknown therapist");
        }));
        assertArrayEquals("now known".getBytes(), cache.answer("bad", compute("now known")));
    }

    @Test
    void aZeroTtlTurnsItOff() {
        SlotAnswerCache off = new SlotAnswerCache(Duration.ZERO, nanos::get);
        off.answer("k", compute("one"));
        assertArrayEquals("two".getBytes(), off.answer("k", compute("two")));
    }
}
