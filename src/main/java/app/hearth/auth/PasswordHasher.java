package app.hearth.auth;

import app.hearth.common.HearthConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/**
 * Hashes and checks passwords with bcrypt from WildFly Elytron (through Quarkus' BcryptUtil). An unknown
 * account is checked against a dummy hash of the same cost, so it costs as long as a wrong password.
 */
@ApplicationScoped
public class PasswordHasher {

    /** bcrypt reads at most 72 bytes; longer passwords would silently lose their tail. */
    public static final int MAX_BYTES = 72;

    private final int cost;
    private final String dummyHash;

    public PasswordHasher(HearthConfig config) {
        this.cost = config.passwordCost();
        this.dummyHash = BcryptUtil.bcryptHash("no account has this password " + System.nanoTime(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    /** True only when the password matches; a null hash (no such account) is checked against the dummy and fails. */
    public boolean matches(String password, String hash) {
        boolean matched = BcryptUtil.matches(password, hash == null ? dummyHash : hash);
        return hash != null && matched;
    }

    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
