package app.hearth.widget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbedPolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NONE", value = {
            "https://www.example.org, https://www.example.org",
            "HTTPS://WWW.Example.ORG/, https://www.example.org",
            "https://www.example.org:443/some/page?x=1, https://www.example.org",
            "http://example.org:80, http://example.org",
            "http://localhost:8081, http://localhost:8081",
            "https://example.org:8443, https://example.org:8443",
            "ftp://example.org, NONE",
            "javascript:alert(1), NONE",
            "www.example.org, NONE",
            "null, NONE",
            "https://user:pw@example.org, NONE",
            "'https://exa mple.org', NONE"})
    void originsAreNormalisedOrRefused(String raw, String expected) {
        assertEquals(Optional.ofNullable(expected), EmbedPolicy.origin(raw));
    }

    @Test
    void onlyListedOriginsAreAllowedWhateverTheirSpelling() {
        EmbedPolicy policy = new EmbedPolicy(List.of(" https://www.practice.example ", "http://localhost:9000", ""));
        assertEquals(List.of("https://www.practice.example", "http://localhost:9000"), policy.origins());
        assertTrue(policy.allows("https://WWW.practice.example:443"));
        assertTrue(policy.allows("http://localhost:9000"));
        assertFalse(policy.allows("http://localhost:9001"));
        assertFalse(policy.allows("https://practice.example"));
        assertFalse(policy.allows("https://www.practice.example.evil.test"));
        assertFalse(policy.allows("null"));
        assertFalse(policy.allows(null));
        assertEquals("frame-ancestors 'self' https://www.practice.example http://localhost:9000", policy.frameAncestors());
    }

    @Test
    void aMistypedOriginStopsTheStartWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EmbedPolicy(List.of("https://ok.example", "www.practice.example")));
        assertTrue(e.getMessage().contains("HEARTH_EMBED_ALLOWED_ORIGINS"));
        assertTrue(e.getMessage().contains("www.practice.example"));
    }

    @ParameterizedTest(name = "origin={0} color={1} locale={2}")
    @CsvSource(nullValues = "NONE", value = {
            "https://www.practice.example, #1D5C4D, en, https://www.practice.example, #1d5c4d, en",
            "https://www.practice.example, 'abc', en-CA, https://www.practice.example, #aabbcc, en",
            "https://elsewhere.example, red, fr, NONE, NONE, en",
            "NONE, '#12345', NONE, NONE, NONE, en",
            "NONE, 'url(x)', NONE, NONE, NONE, en"})
    void optionsKeepOnlyWhatIsAllowedAndWellFormed(String origin, String color, String locale, String wantOrigin,
                                                   String wantColor, String wantLocale) {
        EmbedPolicy policy = new EmbedPolicy(List.of("https://www.practice.example"));
        EmbedOptions options = EmbedOptions.of(origin, color, locale, policy);
        assertEquals(new EmbedOptions(wantOrigin, wantColor, wantLocale), options);
    }
}
