package app.hearth.intake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerCipherTest {

    private static final byte[] OLD = key();
    private static final byte[] NEW = key();
    private static final byte[] PLAIN = "{\"story\":\"I have been feeling low\"}".getBytes(StandardCharsets.UTF_8);

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void sealsWithTheCurrentKeyAndOpensAgain() {
        AnswerCipher cipher = new AnswerCipher(NEW, List.of());
        AnswerCipher.Sealed sealed = cipher.seal(PLAIN, "submission:HI-1");
        assertEquals(AnswerCipher.keyId(NEW), sealed.keyId());
        assertFalse(new String(Base64.getUrlDecoder().decode(sealed.payload().substring(3)), StandardCharsets.ISO_8859_1)
                .contains("feeling low"));
        assertArrayEquals(PLAIN, cipher.open(sealed, "submission:HI-1"));
    }

    @Test
    void theSameAnswersSealTwiceToDifferentCiphertexts() {
        AnswerCipher cipher = new AnswerCipher(NEW, List.of());
        assertNotEquals(cipher.seal(PLAIN, "c").payload(), cipher.seal(PLAIN, "c").payload());
    }

    @Test
    void aCiphertextMovedToAnotherRecordOrAlteredDoesNotOpen() {
        AnswerCipher cipher = new AnswerCipher(NEW, List.of());
        AnswerCipher.Sealed sealed = cipher.seal(PLAIN, "submission:HI-1");
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, "submission:HI-2"));
        char[] chars = sealed.payload().toCharArray();
        chars[20] = chars[20] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class,
                () -> cipher.open(new AnswerCipher.Sealed(sealed.keyId(), new String(chars)), "submission:HI-1"));
    }

    @Test
    void rotationKeepsOldValuesReadableAndResealsThemWithTheNewKey() {
        AnswerCipher before = new AnswerCipher(OLD, List.of());
        AnswerCipher.Sealed old = before.seal(PLAIN, "r");
        AnswerCipher after = new AnswerCipher(NEW, List.of(OLD));
        assertFalse(after.isCurrent(old.keyId()));
        assertArrayEquals(PLAIN, after.open(old, "r"));
        AnswerCipher.Sealed resealed = after.reseal(old, "r");
        assertTrue(after.isCurrent(resealed.keyId()));
        assertArrayEquals(PLAIN, new AnswerCipher(NEW, List.of()).open(resealed, "r"));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new AnswerCipher(NEW, List.of()).open(old, "r"));
        assertTrue(missing.getMessage().contains("HEARTH_INTAKE_PREVIOUS_KEYS"));
    }

    @Test
    void keysMustBe32BytesOfBase64() {
        assertThrows(IllegalArgumentException.class, () -> AnswerCipher.decodeKey("c2hvcnQ="));
        assertThrows(IllegalArgumentException.class, () -> AnswerCipher.decodeKey("not base64!"));
        assertArrayEquals(NEW, AnswerCipher.decodeKey(Base64.getEncoder().encodeToString(NEW)));
    }

    @Test
    void clientIndexIgnoresCaseAndIsFoundUnderEveryConfiguredKey() {
        String before = new AnswerCipher(OLD, List.of()).clientIndex("Sam@Example.org");
        AnswerCipher after = new AnswerCipher(NEW, List.of(OLD));
        assertEquals(before, new AnswerCipher(OLD, List.of()).clientIndex(" sam@example.org"));
        assertNotEquals(before, after.clientIndex("sam@example.org"));
        assertTrue(after.clientIndexes("sam@example.org").contains(before));
    }
}
