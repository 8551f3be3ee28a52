package app.hearth.availability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a free-slot answer may be reused (hearth.slots.cache-ttl; 0 turns the cache off). */
@ConfigMapping(prefix = "hearth.slots")
public interface SlotCacheSettings {

    @WithDefault("2s")
    Duration cacheTtl();
}
