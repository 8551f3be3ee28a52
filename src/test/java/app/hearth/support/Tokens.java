package app.hearth.support;

import app.hearth.auth.PasswordHasher;
import app.hearth.auth.TokenIssuer;
import app.hearth.auth.User;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Signs tests in: creates (or reuses) the account and returns a valid access token to send as
 * {@code Authorization: Bearer <token>}, e.g. {@code given().auth().oauth2(tokens.therapist(t))}.
 */
@ApplicationScoped
public class Tokens {

    /** The password every account made here has, for tests that sign in through the API. */
    public static final String PASSWORD = "correct horse battery staple";

    @Inject
    TokenIssuer issuer;
    @Inject
    PasswordHasher hasher;
    @Inject
    TestClock clock;

    private String passwordHash;

    /** A token for the therapist's own login, creating the login when the therapist has none yet. */
    @Transactional
    public String therapist(Therapist therapist) {
        User user = User.forTherapist(therapist.id).orElseGet(() -> {
            User created = newUser("therapist-");
            created.therapist = Therapist.findById(therapist.id);
            created.persist();
            return created;
        });
        return issuer.issue(user).accessToken();
    }

    /** A token for a new admin account of its own. */
    @Transactional
    public String admin() {
        return issuer.issue(adminUser()).accessToken();
    }

    /** A new admin account, for tests that need its email (sign-in) or id. */
    @Transactional
    public User adminUser() {
        User user = newUser("admin-");
        user.admin = true;
        user.persist();
        return user;
    }

    private User newUser(String prefix) {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        User user = new User();
        user.email = prefix + UUID.randomUUID() + "@example.org";
        user.passwordHash = passwordHash;
        user.createdAt = clock.instant();
        user.updatedAt = user.createdAt;
        return user;
    }
}
