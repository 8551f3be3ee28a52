package app.hearth.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Keeps free-slot answers and article pages for a minute, to prove that changes still show at once. */
public class LongCacheProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("hearth.cache.ttl", "60s");
    }
}
