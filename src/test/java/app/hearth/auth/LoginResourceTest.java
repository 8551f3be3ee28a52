package app.hearth.auth;

import app.hearth.support.Fixtures;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginResourceTest {

    private static final Random RANDOM = new Random();

    @Inject
    Tokens tokens;
    @Inject
    Fixtures fixtures;
    @Inject
    JWTParser parser;
    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;

    @Test
    void adminSignsInAndGetsAnRs256TokenWithIssuerAudienceAndGroups() throws Exception {
        User admin = tokens.adminUser();
        StaffAccounts.Enrolled factor = accounts.enrol(admin.id);
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", admin.email.toUpperCase(), "password", Tokens.PASSWORD,
                        "code", factor.codeNow(clock)))
                .when().post("/api/auth/login").then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .body("accessToken", notNullValue())
                .extract().path("accessToken");
        JsonWebToken jwt = parser.parse(token);
        assertEquals("hearth", jwt.getIssuer());
        assertTrue(jwt.getAudience().contains("hearth-api"));
        assertEquals(admin.id.toString(), jwt.getSubject());
        assertTrue(jwt.getGroups().contains("admin"));
        assertTrue(jwt.getExpirationTime() - jwt.getIssuedAtTime() <= 3600);
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        assertTrue(header.contains("\"RS256\""), header);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        User admin = tokens.adminUser();
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("email", admin.email, "password", "not the password"))
                .when().post("/api/auth/login").then()
                .statusCode(401).contentType("application/problem+json")
                .extract().path("detail");
        String unknownEmail = given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody-" + admin.id + "@example.org", "password", "not the password"))
                .when().post("/api/auth/login").then()
                .statusCode(401).contentType("application/problem+json")
                .extract().path("detail");
        assertEquals(wrongPassword, unknownEmail);
    }

    @Test
    void therapistTokenCarriesTheTherapistGroup() throws Exception {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        JsonWebToken jwt = parser.parse(tokens.therapist(t));
        assertTrue(jwt.getGroups().contains("therapist"));
    }

    private static io.restassured.response.ValidatableResponse attempt(String email, String password, String from) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", from)
                .body(Map.of("email", email, "password", password)).when().post("/api/auth/login").then();
    }

    @Test
    void repeatedFailuresForOneAccountAreSlowedThenRefusedWith429() {
        User admin = tokens.adminUser();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            attempt(admin.email, "guess " + i, "192.0.2." + (10 + i)).statusCode(401);
        }
        String retryAfter = attempt(admin.email, Tokens.PASSWORD, "192.0.2.99").statusCode(429)
                .contentType("application/problem+json").extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 0 && seconds <= 15 * 60, "Retry-After " + seconds);
    }

    @Test
    void anUnknownEmailIsThrottledExactlyLikeARealOne() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            attempt(nobody, "guess " + i, "192.0.2." + (30 + i)).statusCode(401);
        }
        attempt(nobody, "guess", "192.0.2.98").statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void oneAddressTryingManyAccountsIsRefusedWith429() {
        String from = "198.18." + RANDOM.nextInt(0, 255) + "." + RANDOM.nextInt(1, 255);
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            attempt("someone-" + UUID.randomUUID() + "@example.org", "guess", from).statusCode(401);
        }
        User therapist = accounts.therapistLogin();
        attempt(therapist.email, Tokens.PASSWORD, from).statusCode(429);
        attempt(therapist.email, Tokens.PASSWORD, "192.0.2.200").statusCode(200);
    }

    @Test
    void aSuccessfulSignInDoesNotUseUpTheAllowance() {
        User therapist = accounts.therapistLogin();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 3; i++) {
            attempt(therapist.email, Tokens.PASSWORD, "192.0.2.150").statusCode(200);
        }
    }

    @Test
    void missingFieldsAreA400WithFieldErrors() {
        given().contentType(ContentType.JSON).body(Map.of("email", "a@example.org"))
                .when().post("/api/auth/login").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("password"));
    }
}
