package app.hearth.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long hot public answers (free slots, article pages) may be reused: hearth.cache.ttl / HEARTH_CACHE_TTL; 0 turns caching off. */
@ConfigMapping(prefix = "hearth.cache")
public interface CacheSettings {

    @WithDefault("2s")
    Duration ttl();
}
