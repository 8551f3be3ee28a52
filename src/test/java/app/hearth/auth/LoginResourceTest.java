package app.hearth.auth;

import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginResourceTest {

    @Inject
    Tokens tokens;
    @Inject
    Fixtures fixtures;
    @Inject
    JWTParser parser;

    @Test
    void adminSignsInAndGetsAnRs256TokenWithIssuerAudienceAndGroups() throws Exception {
        User admin = tokens.adminUser();
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("email", admin.email.toUpperCase(), "password", Tokens.PASSWORD))
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
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]));
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

    @Test
    void missingFieldsAreA400WithFieldErrors() {
        given().contentType(ContentType.JSON).body(Map.of("email", "a@example.org"))
                .when().post("/api/auth/login").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("password"));
    }
}
