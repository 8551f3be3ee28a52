package app.hearth.availability;

import app.hearth.booking.BookingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps each serialized free-slot answer for a moment (hearth.slots.cache-ttl, 2 s by default), so a burst of
 * visitors costs one computation instead of four queries each. Any committed booking change on this instance
 * empties it at once; changes made through another instance show within the TTL. A stale slot can never be
 * double-booked: booking re-checks the slot under the therapist's lock and answers 409.
 */
@ApplicationScoped
public class SlotAnswerCache {

    /** Bounds memory: the key holds visitor-chosen dates, so a flood of odd ranges cannot grow it without end. */
    static final int MAX_ENTRIES = 512;

    private record Entry(long generation, long expiresAt, byte[] body) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    @Inject
    SlotAnswerCache(SlotCacheSettings settings) {
        this(settings.cacheTtl(), System::nanoTime);
    }

    SlotAnswerCache(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The cached answer for this key, or a fresh one from compute (whose exceptions pass through, uncached). */
    public byte[] answer(String key, Supplier<byte[]> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        long now = nanoTime.getAsLong();
        long seen = generation.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == seen && now - entry.expiresAt() < 0) {
            return entry.body();
        }
        byte[] body = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // stamped with the generation read before computing: a change committed meanwhile makes it stale at once
        entries.put(key, new Entry(seen, now + ttlNanos, body));
        return body;
    }

    /** Forgets every answer; called when availability changes on this instance. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    void bookingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingEvent event) {
        invalidate();
    }
}
