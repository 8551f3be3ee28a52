package app.hearth.auth;

import app.hearth.common.HearthConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import app.hearth.seal.Sealer;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;

/**
 * Hashes and checks passwords with bcrypt from WildFly Elytron (through Quarkus' BcryptUtil). An unknown
 * account is checked against a dummy hash of the same cost, so it costs as long as a wrong password. bcrypt reads
 * only 72 bytes, so a longer password is first reduced to a keyed hash (HMAC-SHA256 under a sealing-derived key,
 * hex: 64 bytes) and that is what bcrypt sees; shorter passwords go to bcrypt as they are.
 */
@ApplicationScoped
public class PasswordHasher {

    /** bcrypt reads at most 72 bytes; longer passwords would silently lose their tail. */
    public static final int MAX_BYTES = 72;
    private static final String LONG = "long-password";

    private final int cost;
    private final String dummyHash;
    private final Sealer sealer;

    @Inject
    public PasswordHasher(HearthConfig config, Sealer sealer) {
        this(config.passwordCost(), sealer);
    }

    PasswordHasher(int cost, Sealer sealer) {
        this.cost = cost;
        this.sealer = sealer;
        this.dummyHash = BcryptUtil.bcryptHash("no account has this password " + System.nanoTime(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(fitsBcrypt(password) ? password : sealer.blindIndex(LONG, password), cost);
    }

    /** True only when the password matches; a null hash (no such account) is checked against the dummy and fails. */
    public boolean matches(String password, String hash) {
        String stored = hash == null ? dummyHash : hash;
        boolean matched = fitsBcrypt(password) ? BcryptUtil.matches(password, stored)
                // during a key rotation, a long password hashed under the previous key still matches
                : sealer.blindIndexes(LONG, password).stream().anyMatch(reduced -> BcryptUtil.matches(reduced, stored));
        return hash != null && matched;
    }

    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
