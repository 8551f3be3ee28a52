package app.hearth.common;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps computed answers for a moment, so a burst of identical reads costs one trip to the database. Any change
 * reported through {@link #invalidate()} makes every kept answer stale at once, including one being computed
 * while the change commits (answers are stamped with the generation read before computing).
 */
public final class BriefCache<V> {

    /** Bounds memory: keys often hold visitor-chosen values. */
    static final int MAX_ENTRIES = 512;

    private record Entry<V>(long generation, long expiresAt, V value) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    public BriefCache(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    public BriefCache(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The kept answer for this key, or a fresh one from compute (whose exceptions pass through, never kept). */
    public V get(String key, Supplier<V> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        long now = nanoTime.getAsLong();
        long seen = generation.get();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.generation() == seen && now - entry.expiresAt() < 0) {
            return entry.value();
        }
        V value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(seen, now + ttlNanos, value));
        return value;
    }

    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
