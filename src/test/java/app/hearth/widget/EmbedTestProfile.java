package app.hearth.widget;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Hearth as a practice would configure it for the widget: its own website's origin on the embed allow list. */
public class EmbedTestProfile implements QuarkusTestProfile {

    static final String PRACTICE_SITE = "https://www.practice.example";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("hearth.embed-allowed-origins", PRACTICE_SITE + "," + HostSite.allowedOrigin());
    }
}
