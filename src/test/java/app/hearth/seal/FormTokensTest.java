package app.hearth.seal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final String SECRET = "a-form-secret-of-at-least-32-characters";
    private static final FormPurpose INTAKE = new FormPurpose("intake", Duration.ofHours(12));
    private static final FormPurpose BOOK = new FormPurpose("book", Duration.ofHours(3));

    private static FormTokens at(Instant now, String secret) {
        return new FormTokens(secret, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenIsValidForItsPurposeAndSubjectUntilItsLifetimeEnds() {
        String token = at(NOW, SECRET).issue(INTAKE, "adult");
        assertTrue(at(NOW.plus(Duration.ofHours(12)), SECRET).isValid(INTAKE, "adult", token));
        assertFalse(at(NOW.plus(Duration.ofHours(12)).plusSeconds(1), SECRET).isValid(INTAKE, "adult", token));
        assertFalse(at(NOW, SECRET).isValid(INTAKE, "couples", token));
        assertFalse(at(NOW, SECRET).isValid(new FormPurpose("book", Duration.ofHours(12)), "adult", token));
        String booking = at(NOW, SECRET).issue(BOOK, "sam");
        assertFalse(at(NOW.plus(Duration.ofHours(3)).plusSeconds(1), SECRET).isValid(BOOK, "sam", booking));
    }

    @Test
    void anotherInstanceWithTheSameSecretAcceptsItAndOneWithAnotherSecretDoesNot() {
        String token = at(NOW, SECRET).issue(BOOK, "sam");
        assertTrue(at(NOW.plusSeconds(60), SECRET).isValid(BOOK, "sam", token));
        assertFalse(at(NOW, "another-form-secret-of-32-characters!!").isValid(BOOK, "sam", token));
    }

    @Test
    void forgedOrMangledTokensAreRefused() {
        FormTokens tokens = at(NOW, SECRET);
        String token = tokens.issue(INTAKE, "adult");
        String laterExpiry = (Long.parseLong(token.substring(0, token.indexOf('.'))) + 3600) + token.substring(token.indexOf('.'));
        assertFalse(tokens.isValid(INTAKE, "adult", laterExpiry));
        assertFalse(tokens.isValid(INTAKE, "adult", null));
        assertFalse(tokens.isValid(INTAKE, "adult", ""));
        assertFalse(tokens.isValid(INTAKE, "adult", "abc.def"));
        assertFalse(tokens.isValid(INTAKE, "adult", "1." + "x".repeat(300)));
        FormExpiredException refused = assertThrows(FormExpiredException.class, () -> tokens.check(INTAKE, "adult", "1.x"));
        assertEquals(403, refused.status());
    }

    @Test
    void aShortSecretStopsTheStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> at(NOW, "too short"));
        assertTrue(e.getMessage().contains("HEARTH_FORM_SECRET"));
    }
}
