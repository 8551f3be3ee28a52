package app.hearth.support;

import app.hearth.auth.TotpFactor;
import app.hearth.auth.User;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;

/** Staff accounts for sign-in tests: a therapist's login with its email, and a second factor enrolled as a person would. */
@ApplicationScoped
public class StaffAccounts {

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    TotpFactor totp;
    @Inject
    TestClock clock;

    /**
     * A new therapist with a login whose password is {@link Tokens#PASSWORD}; not taking new clients, so the many
     * made by sign-in tests stay off the booking pages that other tests walk with the keyboard.
     */
    public User therapistLogin() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        fixtures.setAccepting(therapist, false);
        return login(therapist);
    }

    /** The therapist's login (created when missing), whose password is {@link Tokens#PASSWORD}. */
    public User login(Therapist therapist) {
        tokens.therapist(therapist);
        return QuarkusTransaction.requiringNew().call(() -> User.forTherapist(therapist.id).orElseThrow());
    }

    /** The account's enrolled TOTP secret and recovery codes; the clock is then one step on, so a fresh code works. */
    public Enrolled enrol(long userId) {
        String secret = totp.start(userId).secret();
        List<String> codes = totp.confirm(userId, Totp.code(secret, clock.instant()));
        clock.advance(Duration.ofSeconds(30));
        return new Enrolled(secret, codes);
    }

    public record Enrolled(String secret, List<String> recoveryCodes) {
        public String codeNow(TestClock clock) {
            return Totp.code(secret, clock.instant());
        }
    }
}
