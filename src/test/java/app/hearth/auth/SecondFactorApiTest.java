package app.hearth.auth;

import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.support.Totp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The JSON sign-in with a second factor: enrolment token, codes, replay, recovery codes, lockout, token epochs. */
@QuarkusTest
class SecondFactorApiTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;
    @Inject
    PasswordChange passwords;
    @Inject
    SecondFactorPolicy policy;

    @AfterEach
    void reset() {
        policy.requireForAllStaff(false);
    }

    private static ValidatableResponse login(String email, String password, String code) {
        Map<String, String> body = new HashMap<>(Map.of("email", email, "password", password));
        if (code != null) {
            body.put("code", code);
        }
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100." + ADDRESSES.incrementAndGet())
                .body(body).when().post("/api/auth/login").then();
    }

    @Test
    void anAdminWithoutASecondFactorGetsATokenGoodOnlyForEnrolment() {
        User admin = tokens.adminUser();
        String enrolment = login(admin.email, Tokens.PASSWORD, null)
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/enrolment-required"))
                .extract().path("enrolmentToken");
        given().auth().oauth2(enrolment).when().get("/api/admin/therapists").then().statusCode(403);
        given().auth().oauth2(enrolment).when().get("/api/me/schedule").then().statusCode(403);

        String secret = given().auth().oauth2(enrolment).when().post("/api/me/second-factor/totp").then()
                .statusCode(200).body("otpauthUri", startsWith("otpauth://totp/")).extract().path("secret");
        given().auth().oauth2(enrolment).contentType(ContentType.JSON).body(Map.of("code", "000000"))
                .when().post("/api/me/second-factor/totp/confirm").then()
                .statusCode(400).body("errors[0].field", equalTo("code"));
        given().auth().oauth2(enrolment).contentType(ContentType.JSON)
                .body(Map.of("code", Totp.code(secret, clock.instant())))
                .when().post("/api/me/second-factor/totp/confirm").then()
                .statusCode(200).body("recoveryCodes.size()", equalTo(10));

        login(admin.email, Tokens.PASSWORD, null).statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/second-factor-required"));
        clock.advance(Duration.ofSeconds(30));
        String token = login(admin.email, Tokens.PASSWORD, Totp.code(secret, clock.instant())).statusCode(200)
                .extract().path("accessToken");
        given().auth().oauth2(token).when().get("/api/admin/therapists").then().statusCode(200);
    }

    @Test
    void aCodeWorksOnceAndARecoveryCodeWorksOnce() {
        User therapist = accounts.therapistLogin();
        StaffAccounts.Enrolled factor = accounts.enrol(therapist.id);
        String code = factor.codeNow(clock);
        login(therapist.email, Tokens.PASSWORD, code).statusCode(200);
        login(therapist.email, Tokens.PASSWORD, code).statusCode(401)
                .body("type", equalTo("/problems/second-factor-required"));
        String recovery = factor.recoveryCodes().get(3);
        login(therapist.email, Tokens.PASSWORD, recovery.toUpperCase()).statusCode(200);
        login(therapist.email, Tokens.PASSWORD, recovery).statusCode(401);
    }

    @Test
    void strangersGuessingPasswordsDoNotLockOutTheRealUserWithTheirSecondFactor() {
        User therapist = accounts.therapistLogin();
        StaffAccounts.Enrolled factor = accounts.enrol(therapist.id);
        for (int i = 0; i < 12; i++) {
            login(therapist.email, "a stranger's guess " + i, null);
        }
        login(therapist.email, Tokens.PASSWORD, null).statusCode(429).header("Retry-After", notNullValue());
        login(therapist.email, Tokens.PASSWORD, "123456").statusCode(429);
        login(therapist.email, Tokens.PASSWORD, factor.codeNow(clock)).statusCode(200)
                .body("accessToken", notNullValue());
        login(therapist.email, Tokens.PASSWORD, null).statusCode(401)
                .body("type", equalTo("/problems/second-factor-required"));
    }

    @Test
    void afterAShortWaitThePasswordAloneWorksAgain() {
        User therapist = accounts.therapistLogin();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            login(therapist.email, "a stranger's guess " + i, null).statusCode(401);
        }
        login(therapist.email, Tokens.PASSWORD, null).statusCode(429);
        clock.advance(LoginThrottle.FIRST_WAIT);
        login(therapist.email, Tokens.PASSWORD, null).statusCode(200);
    }

    @Test
    void aNewPasswordEndsEveryEarlierToken() {
        User therapist = accounts.therapistLogin();
        String before = login(therapist.email, Tokens.PASSWORD, null).statusCode(200).extract().path("accessToken");
        given().auth().oauth2(before).when().get("/api/me/schedule").then().statusCode(200);
        passwords.set(therapist.id, "a brand new passphrase here", null);
        given().auth().oauth2(before).when().get("/api/me/schedule").then().statusCode(401);
        login(therapist.email, Tokens.PASSWORD, null).statusCode(401);
        String after = login(therapist.email, "a brand new passphrase here", null).statusCode(200)
                .extract().path("accessToken");
        given().auth().oauth2(after).when().get("/api/me/schedule").then().statusCode(200);
    }

    @Test
    void thePracticeSettingRequiresEnrolmentOfEveryTherapist() {
        User therapist = accounts.therapistLogin();
        policy.requireForAllStaff(true);
        login(therapist.email, Tokens.PASSWORD, null).statusCode(403)
                .body("type", equalTo("/problems/enrolment-required"));
    }
}
