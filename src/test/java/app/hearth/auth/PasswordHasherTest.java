package app.hearth.auth;

import app.hearth.seal.Sealer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(8, new Sealer(new byte[32], List.of()));

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("open sesame, please");
        assertTrue(hash.startsWith("$2"), "a bcrypt modular-crypt string");
        assertTrue(hasher.matches("open sesame, please", hash));
        assertFalse(hasher.matches("open sesame, please!", hash));
        assertNotEquals(hash, hasher.hash("open sesame, please"), "salted: the same password hashes differently");
    }

    @Test
    void anUnknownAccountNeverMatches() {
        assertFalse(hasher.matches("anything", null));
    }

    @Test
    void anUnknownAccountCostsAboutAsMuchAsAWrongPassword() {
        String hash = hasher.hash("the real password");
        long wrong = median(() -> hasher.matches("a wrong password", hash));
        long unknown = median(() -> hasher.matches("a wrong password", null));
        // without the dummy hash the unknown case would return in microseconds, a ratio near zero
        double ratio = (double) unknown / wrong;
        assertTrue(ratio > 0.5 && ratio < 2.0, "unknown/wrong timing ratio " + ratio);
    }

    @Test
    void onlyPasswordsBcryptReadsWhollyFit() {
        assertTrue(PasswordHasher.fitsBcrypt("x".repeat(72)));
        assertFalse(PasswordHasher.fitsBcrypt("x".repeat(73)));
        assertFalse(PasswordHasher.fitsBcrypt("é".repeat(37)), "74 bytes in UTF-8");
    }

    @Test
    void aPasswordLongerThanBcryptReadsStillCountsEveryCharacter() {
        String longPassword = "x".repeat(80) + "the tail matters";
        String hash = hasher.hash(longPassword);
        assertTrue(hasher.matches(longPassword, hash));
        assertFalse(hasher.matches("x".repeat(80) + "the tail differs", hash),
                "bcrypt alone would ignore everything after byte 72");
        assertFalse(hasher.matches("x".repeat(72), hash));
    }

    private static long median(Runnable check) {
        check.run();
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            check.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
