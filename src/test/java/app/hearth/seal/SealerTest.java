package app.hearth.seal;

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

class SealerTest {

    private static final byte[] OLD = key();
    private static final byte[] NEW = key();
    private static final byte[] PLAIN = "{\"story\":\"I have been feeling low\"}".getBytes(StandardCharsets.UTF_8);
    private static final Binding ROW = Binding.of("intake_submission", "HI-1");

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void sealsWithTheCurrentKeyAndOpensAgain() {
        Sealer sealer = new Sealer(NEW, List.of());
        Sealed sealed = sealer.seal(PLAIN, ROW);
        assertEquals(Sealer.keyId(NEW), sealed.keyId());
        assertFalse(new String(Base64.getUrlDecoder().decode(sealed.payload().substring(3)), StandardCharsets.ISO_8859_1)
                .contains("feeling low"));
        assertArrayEquals(PLAIN, sealer.open(sealed, ROW));
    }

    @Test
    void aValueSealedBeforeTheSealingComponentExistedStillOpens() {
        // written by the former intake AnswerCipher with this key for submission HI-TEST-0001
        Sealer sealer = Sealer.ofBase64("AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw=", List.of());
        Sealed stored = new Sealed("c8af992a61153beb", "v1.L995KbDyjO7IeVDcJ_DowvLTBeBhKciW9WF49JADS53O_pt2oUfWkRWr3TDjBy"
                + "rEpcbkPpbaJ5ywjJmdYIwofW-AqT7oipz9f7n8");
        assertTrue(sealer.isCurrent(stored.keyId()));
        assertEquals("{\"answers\":{\"goals\":\"Sleep through the night\"}}",
                new String(sealer.open(stored, Binding.of("intake_submission", "HI-TEST-0001")), StandardCharsets.UTF_8));
        // and the blind index stored beside it still finds the client
        assertEquals("5e1ee5f091552d2aebf0549591f03e834a6cccc39df30df6dceb453048b225e9",
                sealer.blindIndex("client-index", "robin.tremblay@example.org"));
    }

    @Test
    void theSameValueSealsTwiceToDifferentCiphertexts() {
        Sealer sealer = new Sealer(NEW, List.of());
        assertNotEquals(sealer.seal(PLAIN, ROW).payload(), sealer.seal(PLAIN, ROW).payload());
    }

    @Test
    void aCiphertextMovedToAnotherOwnerOrAlteredDoesNotOpen() {
        Sealer sealer = new Sealer(NEW, List.of());
        Sealed sealed = sealer.seal(PLAIN, ROW);
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, Binding.of("intake_submission", "HI-2")));
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, Binding.of("intake_draft", "HI-1")));
        char[] chars = sealed.payload().toCharArray();
        chars[20] = chars[20] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> sealer.open(new Sealed(sealed.keyId(), new String(chars)), ROW));
        assertThrows(IllegalStateException.class, () -> sealer.open(new Sealed(sealed.keyId(), "v1.!!"), ROW));
    }

    @Test
    void bindingPartsCannotBeConfusedWithOneAnother() {
        assertThrows(IllegalArgumentException.class, () -> Binding.of("booking", "a:b"));
        assertThrows(IllegalArgumentException.class, () -> Binding.of("booking", (Object) null));
        assertEquals("booking:7:true", Binding.of("booking", 7L, true).toString());
    }

    @Test
    void rotationKeepsOldValuesReadableAndResealsThemWithTheNewKey() {
        Sealed old = new Sealer(OLD, List.of()).seal(PLAIN, ROW);
        Sealer after = new Sealer(NEW, List.of(OLD));
        assertFalse(after.isCurrent(old.keyId()));
        assertArrayEquals(PLAIN, after.open(old, ROW));
        Sealed resealed = after.reseal(old, ROW);
        assertTrue(after.isCurrent(resealed.keyId()));
        assertArrayEquals(PLAIN, new Sealer(NEW, List.of()).open(resealed, ROW));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new Sealer(NEW, List.of()).open(old, ROW));
        assertTrue(missing.getMessage().contains("HEARTH_INTAKE_PREVIOUS_KEYS"));
    }

    @Test
    void aValueSealedWithAHeldSecretNeedsBothTheServerKeyAndThatSecret() {
        Sealer sealer = new Sealer(NEW, List.of());
        Binding answer = Binding.of("idempotency_record", "abc");
        Sealed sealed = sealer.seal(PLAIN, answer, "client-key-1");
        assertArrayEquals(PLAIN, sealer.open(sealed, answer, "client-key-1"));
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, answer, "client-key-2"));
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, answer));
        assertThrows(IllegalStateException.class, () -> new Sealer(key(), List.of(OLD)).open(
                new Sealed(Sealer.keyId(OLD), sealed.payload()), answer, "client-key-1"));
    }

    @Test
    void keysMustBe32BytesOfBase64() {
        assertThrows(IllegalArgumentException.class, () -> Sealer.decodeKey("c2hvcnQ="));
        assertThrows(IllegalArgumentException.class, () -> Sealer.decodeKey("not base64!"));
        assertArrayEquals(NEW, Sealer.decodeKey(Base64.getEncoder().encodeToString(NEW)));
    }

    @Test
    void blindIndexesDependOnKeyAndPurposeAndAreFoundUnderEveryConfiguredKey() {
        String before = new Sealer(OLD, List.of()).blindIndex("client-index", "sam@example.org");
        Sealer after = new Sealer(NEW, List.of(OLD));
        assertNotEquals(before, after.blindIndex("client-index", "sam@example.org"));
        assertNotEquals(before, new Sealer(OLD, List.of()).blindIndex("idempotency-key", "sam@example.org"));
        assertEquals(List.of(after.blindIndex("client-index", "sam@example.org"), before),
                after.blindIndexes("client-index", "sam@example.org"));
    }
}
