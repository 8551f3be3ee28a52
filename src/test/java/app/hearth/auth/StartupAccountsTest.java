package app.hearth.auth;

import app.hearth.support.TestClock;
import app.hearth.support.Totp;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A start with HEARTH_ADMIN_* and demo data: the first admin enrols a second factor and signs in; the demo logins
 * sign in without one.
 */
@QuarkusTest
@TestProfile(StartupAccountsTest.WithAdminAndDemoData.class)
class StartupAccountsTest {

    public static class WithAdminAndDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hearth.admin-email", "Owner@Practice.example", "hearth.admin-password", "first admin password",
                    "hearth.demo-data", "true");
        }
    }

    @Inject
    FirstAdmin firstAdmin;
    @Inject
    TestClock clock;

    private static String signIn(String email, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.77")
                .body(Map.of("email", email, "password", password)).when().post("/api/auth/login").then()
                .statusCode(200).extract().path("accessToken");
    }

    @Test
    void theFirstAdminFromTheEnvironmentEnrolsASecondFactorThenSignsInAndManagesTherapists() {
        String enrolment = given().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.77")
                .body(Map.of("email", "owner@practice.example", "password", "first admin password"))
                .when().post("/api/auth/login").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/enrolment-required"))
                .extract().path("enrolmentToken");
        String secret = given().auth().oauth2(enrolment).when().post("/api/me/second-factor/totp").then()
                .statusCode(200).body("otpauthUri", startsWith("otpauth://totp/")).extract().path("secret");
        given().auth().oauth2(enrolment).contentType(ContentType.JSON)
                .body(Map.of("code", Totp.code(secret, clock.instant())))
                .when().post("/api/me/second-factor/totp/confirm").then()
                .statusCode(200).body("recoveryCodes.size()", equalTo(10));
        clock.advance(Duration.ofSeconds(30));
        String token;
        try {
            token = given().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.77")
                    .body(Map.of("email", "owner@practice.example", "password", "first admin password",
                            "code", Totp.code(secret, clock.instant())))
                    .when().post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
        } finally {
            clock.reset();
        }
        given().auth().oauth2(token).when().get("/api/admin/therapists").then().statusCode(200)
                .body("slug", hasItems("amara-okafor", "daniel-reyes", "priya-shah"))
                .body("find { it.slug == 'amara-okafor' }.loginEmail", equalTo("amara@maplegrove.example"));
    }

    @Test
    void aSecondStartDoesNotAddAnotherAdmin() {
        assertFalse(firstAdmin.createIfNoAdmin("someone-else@practice.example", "another long password"));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.78")
                .body(Map.of("email", "someone-else@practice.example", "password", "another long password"))
                .when().post("/api/auth/login").then().statusCode(401);
    }

    @Test
    void theDemoAdminAndEachDemoTherapistCanSignIn() {
        given().auth().oauth2(signIn(DemoLogins.ADMIN_EMAIL, DemoLogins.ADMIN_PASSWORD))
                .when().get("/api/admin/therapists").then().statusCode(200);
        DemoLogins.THERAPISTS.values().forEach(email ->
                given().auth().oauth2(signIn(email, DemoLogins.THERAPIST_PASSWORD))
                        .when().get("/api/me/schedule").then().statusCode(200)
                        .body("rules.size()", greaterThan(0)));
    }
}
