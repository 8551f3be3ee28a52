package app.hearth.staff;

import app.hearth.auth.SecondFactorPolicy;
import app.hearth.auth.User;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.support.Totp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sensitive actions want a password or second factor from the last five minutes: staff pages send the person to
 * confirm and back, the API answers 401 reauthentication-required; and the practice setting that requires a second
 * factor of all staff, from its page and the API.
 */
@QuarkusTest
class ReauthenticationTest {

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;
    @Inject
    SecondFactorPolicy policy;

    @AfterEach
    void practiceDefault() {
        policy.requireForAllStaff(false);
    }

    @Test
    void anOldSessionConfirmsItsPasswordBeforeChangingFactorsAndReturns() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(200, browser.get("/staff/enrol").statusCode(), "just signed in: no question");

        clock.advance(Duration.ofMinutes(6));
        ExtractableResponse<Response> asked = browser.get("/staff/enrol");
        assertEquals(303, asked.statusCode());
        assertTrue(asked.header("Location").endsWith("/staff/reauthenticate?next=%2Fstaff%2Fenrol"));
        Page confirm = Page.of(browser.get("/staff/reauthenticate?next=%2Fstaff%2Fenrol").body());
        assertEquals("Confirm it's you", confirm.h1());

        ExtractableResponse<Response> wrong = browser.submit("/staff/reauthenticate?next=%2Fstaff%2Fenrol",
                "/staff/reauthenticate", Map.of("password", "not my password at all"));
        assertEquals(401, wrong.statusCode());
        assertTrue(Page.of(wrong.body()).errorSummary().get(0).startsWith("Password:"));
        assertEquals(303, browser.get("/staff/enrol").statusCode(), "still not confirmed");

        ExtractableResponse<Response> right = browser.submit("/staff/reauthenticate?next=%2Fstaff%2Fenrol",
                "/staff/reauthenticate", Map.of("password", Tokens.PASSWORD, "next", "/staff/enrol"));
        assertEquals(303, right.statusCode());
        assertTrue(right.header("Location").endsWith("/staff/enrol"));
        assertEquals("Set up your authenticator app", Page.of(browser.get("/staff/enrol").body()).h1());

        String log = given().auth().oauth2(tokens.admin()).when().get("/api/admin/audit?size=500")
                .then().statusCode(200).extract().asString();
        List<Object> actions = JsonPath.from(log).getList("findAll { it.actor == '" + therapist.email + "' }.action");
        assertTrue(actions.contains("REAUTHENTICATED"), actions.toString());
    }

    @Test
    void theWayBackNeverLeavesTheStaffPages() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        for (String next : List.of("https://evil.example/", "//evil.example/staff", "/book")) {
            ExtractableResponse<Response> back = browser.submit("/staff/reauthenticate", "/staff/reauthenticate",
                    Map.of("password", Tokens.PASSWORD, "next", next));
            assertTrue(back.header("Location").endsWith("/staff/account"), next + " -> " + back.header("Location"));
        }
    }

    @Test
    void anApiTokenOlderThanFiveMinutesCannotExportOrChangeSettings() {
        User admin = tokens.adminUser();
        String old = Jwt.issuer(config("mp.jwt.verify.issuer")).audience(config("mp.jwt.verify.audiences"))
                .subject(admin.id.toString()).groups(Set.of("admin")).claim("epoch", 0)
                .issuedAt(Instant.now().minus(Duration.ofMinutes(6))).expiresAt(Instant.now().plus(Duration.ofMinutes(30)))
                .sign();
        given().auth().oauth2(old).when().get("/api/admin/settings").then().statusCode(200);
        for (String path : List.of("/api/admin/clients/export", "/api/admin/invitations")) {
            given().auth().oauth2(old).contentType(ContentType.JSON).body(Map.of("email", "client@example.org"))
                    .when().post(path).then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("/problems/reauthentication-required"));
        }
        given().auth().oauth2(old).contentType(ContentType.JSON).body(Map.of("secondFactorForAllStaff", true))
                .when().put("/api/admin/settings").then().statusCode(401)
                .body("type", equalTo("/problems/reauthentication-required"));
        given().auth().oauth2(old).when().get("/api/admin/audit").then().statusCode(401);
        assertTrue(!policy.requiredForAllStaff());
    }

    @Test
    void theSettingRequiresEveryTherapistToEnrolFromTheApiAndThePage() {
        String admin = tokens.admin();
        given().auth().oauth2(admin).when().get("/api/admin/settings").then().statusCode(200)
                .body("secondFactorForAllStaff", equalTo(false));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("secondFactorForAllStaff", "maybe"))
                .when().put("/api/admin/settings").then().statusCode(400);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("secondFactorForAllStaff", true))
                .when().put("/api/admin/settings").then().statusCode(200).body("secondFactorForAllStaff", equalTo(true));

        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        assertTrue(browser.signIn(therapist.email, Tokens.PASSWORD).header("Location").endsWith("/staff/enrol"));
        assertTrue(browser.get("/staff/account").header("Location").endsWith("/staff/enrol"), "nothing else first");

        User adminUser = tokens.adminUser();
        StaffAccounts.Enrolled factor = accounts.enrol(adminUser.id);
        StaffClient adminBrowser = StaffClient.fresh();
        adminBrowser.signIn(adminUser.email, Tokens.PASSWORD);
        adminBrowser.submit("/staff/sign-in/code", "/staff/sign-in/code", Map.of("code", factor.codeNow(clock)));
        Page settings = Page.of(adminBrowser.get("/staff/admin/settings").body());
        assertEquals("Practice settings", settings.h1());
        assertTrue(settings.field("Second factor required for all staff").hasAttr("checked"));
        ExtractableResponse<Response> saved = adminBrowser.submit("/staff/admin/settings", "/staff/admin/settings",
                Map.of());
        assertEquals(303, saved.statusCode());
        assertTrue(!policy.requiredForAllStaff(), "the unticked box turned it off");
        assertTrue(Page.of(adminBrowser.get(saved.header("Location")).body()).text().contains("The settings are saved."));
    }

    @Test
    void aTherapistSeesNoSettingsPage() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(404, browser.get("/staff/admin/settings").statusCode());
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
