package app.hearth.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtKeysTest {

    @TempDir
    Path dir;

    @Test
    void outsideProductionAMissingPairIsGeneratedOnceAndKept() throws Exception {
        Path privateKey = dir.resolve("keys/private.pem");
        Path publicKey = dir.resolve("keys/public.pem");
        JwtKeys.ensure(Optional.of(privateKey.toString()), Optional.of(publicKey.toString()), true);
        String first = Files.readString(publicKey);
        assertTrue(first.startsWith("-----BEGIN PUBLIC KEY-----"));
        assertTrue(Files.readString(privateKey).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(privateKey));
        JwtKeys.ensure(Optional.of(privateKey.toString()), Optional.of(publicKey.toString()), true);
        assertEquals(first, Files.readString(publicKey), "a restart keeps the pair, so tokens survive it");
    }

    @Test
    void productionNeverGeneratesAndNamesTheMissingVariable() {
        IllegalStateException unset = assertThrows(IllegalStateException.class,
                () -> JwtKeys.ensure(Optional.empty(), Optional.empty(), false));
        assertTrue(unset.getMessage().contains("HEARTH_JWT_PRIVATE_KEY_LOCATION"));
        IllegalStateException absent = assertThrows(IllegalStateException.class, () -> JwtKeys.ensure(
                Optional.of(dir.resolve("none.pem").toString()), Optional.of(dir.resolve("none.pub").toString()), false));
        assertTrue(absent.getMessage().contains("HEARTH_JWT_PRIVATE_KEY_LOCATION"), absent.getMessage());
    }

    @Test
    void aFileThatIsNotAKeyIsRefusedByName() throws Exception {
        Path privateKey = dir.resolve("private.pem");
        Path publicKey = dir.resolve("public.pem");
        JwtKeys.generate(privateKey, publicKey);
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n");
        IllegalStateException broken = assertThrows(IllegalStateException.class,
                () -> JwtKeys.ensure(Optional.of(privateKey.toString()), Optional.of(publicKey.toString()), false));
        assertTrue(broken.getMessage().contains("HEARTH_JWT_PUBLIC_KEY_LOCATION"), broken.getMessage());
    }
}
