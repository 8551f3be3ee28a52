package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.support.Totp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Second factor on the staff pages: forced enrolment, the code step, replay, password change and other sessions. */
@QuarkusTest
class StaffSecondFactorTest {

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;

    @Test
    void anAdminMustEnrolBeforeAnythingElseThenSignsInWithACode() {
        User admin = tokens.adminUser();
        StaffClient browser = StaffClient.fresh();
        ExtractableResponse<Response> password = browser.signIn(admin.email, Tokens.PASSWORD);
        assertTrue(password.header("Location").endsWith("/staff/enrol"));
        for (String elsewhere : List.of("/staff", "/staff/account")) {
            ExtractableResponse<Response> refused = browser.get(elsewhere);
            assertEquals(303, refused.statusCode(), elsewhere);
            assertTrue(refused.header("Location").endsWith("/staff/enrol"), elsewhere);
        }

        Page enrol = Page.of(browser.get("/staff/enrol").body());
        assertEquals("Set up your authenticator app", enrol.h1());
        assertTrue(enrol.element("img.qr").attr("src").startsWith("data:image/svg+xml;base64,"));
        String secret = enrol.element("[data-secret]").text();
        String firstCookie = browser.cookie;

        ExtractableResponse<Response> wrong = browser.submit("/staff/enrol", "/staff/enrol", Map.of("code", "000000"));
        assertEquals(400, wrong.statusCode());
        assertTrue(Page.of(wrong.body()).errorSummary().get(0).startsWith("Code:"));

        String code = Totp.code(secret, clock.instant());
        ExtractableResponse<Response> done = browser.submit("/staff/enrol", "/staff/enrol", Map.of("code", code));
        assertEquals(200, done.statusCode());
        assertEquals(10, Page.of(done.body()).document().select("[data-recovery-codes] li").size());
        assertNotEquals(firstCookie, browser.cookie, "a new session value once signed in");
        assertEquals(200, browser.get("/staff").statusCode());
        browser.submit("/staff", "/staff/sign-out", Map.of());

        assertTrue(browser.signIn(admin.email, Tokens.PASSWORD).header("Location").endsWith("/staff/sign-in/code"));
        assertTrue(browser.get("/staff").header("Location").endsWith("/staff/sign-in/code"), "no agenda before the code");
        ExtractableResponse<Response> reused = browser.submit("/staff/sign-in/code", "/staff/sign-in/code",
                Map.of("code", code));
        assertEquals(401, reused.statusCode(), "the enrolment code cannot be used again");
        clock.advance(Duration.ofSeconds(30));
        ExtractableResponse<Response> accepted = browser.submit("/staff/sign-in/code", "/staff/sign-in/code",
                Map.of("code", Totp.code(secret, clock.instant())));
        assertEquals(303, accepted.statusCode());
        assertTrue(accepted.header("Location").endsWith("/staff"));
        assertEquals("Agenda", Page.of(browser.get("/staff").body()).h1());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndSignsOutOtherSessions() {
        User therapist = accounts.therapistLogin();
        StaffClient laptop = StaffClient.fresh();
        StaffClient phone = StaffClient.fresh();
        laptop.signIn(therapist.email, Tokens.PASSWORD);
        phone.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(2, Page.of(laptop.get("/staff/account").body()).document().select("[data-sessions] li").size());

        ExtractableResponse<Response> wrong = laptop.submit("/staff/account", "/staff/account/password",
                Map.of("current", "not my password", "password", "a long new passphrase"));
        assertEquals(400, wrong.statusCode());
        assertTrue(Page.of(wrong.body()).errorSummary().get(0).contains("current password is not correct"));
        ExtractableResponse<Response> common = laptop.submit("/staff/account", "/staff/account/password",
                Map.of("current", Tokens.PASSWORD, "password", "password1234"));
        assertEquals(400, common.statusCode());
        assertTrue(Page.of(common.body()).errorSummary().get(0).contains("most commonly used"));
        assertEquals(200, phone.get("/staff").statusCode(), "nothing changed yet");

        ExtractableResponse<Response> changed = laptop.submit("/staff/account", "/staff/account/password",
                Map.of("current", Tokens.PASSWORD, "password", "a long new passphrase"));
        assertEquals(303, changed.statusCode());
        assertEquals(200, laptop.get("/staff").statusCode(), "this session goes on");
        assertEquals(303, phone.get("/staff").statusCode(), "the other one ended");
    }

    @Test
    void signOutOtherSessionsKeepsThisOne() {
        User therapist = accounts.therapistLogin();
        StaffClient laptop = StaffClient.fresh();
        StaffClient phone = StaffClient.fresh();
        laptop.signIn(therapist.email, Tokens.PASSWORD);
        phone.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(303, laptop.submit("/staff/account", "/staff/account/sessions/end-others", Map.of()).statusCode());
        assertEquals(200, laptop.get("/staff").statusCode());
        assertEquals(303, phone.get("/staff").statusCode());
    }
}
