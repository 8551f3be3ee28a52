package app.hearth.intake;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private final FormToken tokens = new FormToken("k".repeat(32).getBytes());

    @Test
    void aTokenIsValidForItsFormUntilItExpires() {
        String token = tokens.issue("adult", NOW);
        assertTrue(tokens.isValid(token, "adult", NOW.plus(Duration.ofHours(11))));
        assertFalse(tokens.isValid(token, "adult", NOW.plus(FormToken.LIFETIME).plusSeconds(1)));
        assertFalse(tokens.isValid(token, "couples", NOW));
    }

    @Test
    void forgedOrMangledTokensAreRefused() {
        String token = tokens.issue("adult", NOW);
        String laterExpiry = (Long.parseLong(token.substring(0, token.indexOf('.'))) + 3600) + token.substring(token.indexOf('.'));
        assertFalse(tokens.isValid(laterExpiry, "adult", NOW));
        assertFalse(tokens.isValid(new FormToken("x".repeat(32).getBytes()).issue("adult", NOW), "adult", NOW));
        assertFalse(tokens.isValid(null, "adult", NOW));
        assertFalse(tokens.isValid("", "adult", NOW));
        assertFalse(tokens.isValid("abc.def", "adult", NOW));
    }
}
