package app.hearth.support;

import app.hearth.auth.TotpFactor;
import app.hearth.auth.User;
import app.hearth.mail.OutboxMessage;
import app.hearth.staff.StaffInvitations;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

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
    @Inject
    OutboxProbe outbox;
    @Inject
    StaffInvitations invitations;

    private static final Pattern INVITATION_LINK = Pattern.compile("/staff/invitation/([A-Za-z0-9_-]+)");

    /** An admin invites a therapist login for the profile with this slug (the API's answer, to assert on). */
    public ValidatableResponse invite(String therapistSlug, String email) {
        return given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", "Sam Lee", "roles", List.of("therapist"), "therapist", therapistSlug))
                .when().post("/api/admin/invitations").then();
    }

    /**
     * The one way a login comes to be: the admin invites, the person follows the link in the queued mail and
     * chooses the password. Answers the new account's id.
     */
    public long invitedLogin(String therapistSlug, String email, String password) {
        long id = ((Number) invite(therapistSlug, email).statusCode(201).extract().path("id")).longValue();
        if (!invitations.accept(invitationToken(id), password)) {
            throw new AssertionError("the invitation link of account " + id + " did not work");
        }
        return id;
    }

    /** The token in the newest invitation mail queued for the account. */
    public String invitationToken(long userId) {
        List<OutboxMessage> mails = outbox.byReference("invitation-" + userId);
        if (mails.isEmpty()) {
            throw new AssertionError("no invitation mail queued for account " + userId);
        }
        Matcher link = INVITATION_LINK.matcher(mails.get(mails.size() - 1).textBody);
        if (!link.find()) {
            throw new AssertionError("the invitation mail holds no link");
        }
        return link.group(1);
    }

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
