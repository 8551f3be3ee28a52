package app.hearth.cluster;

import java.util.Set;

/**
 * A committed change that makes named quarkus-cache caches stale. Features fire their own events as before and let
 * those events implement this; the feature's observer empties its caches on this instance, and {@link CacheNotices}
 * tells the other instances to empty the same caches.
 */
public interface CachesChanged {

    /** The names (as in {@code @CacheName}) of the caches this change makes stale. */
    Set<String> caches();
}
