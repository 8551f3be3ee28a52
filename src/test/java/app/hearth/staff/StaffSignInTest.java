package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StaffSignInTest {

    @Inject
    Fixtures fixtures;
    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;

    @Test
    void aTherapistSignsInSeesTheirUpcomingCallsAndSignsOut() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        User login = accounts.login(therapist);
        BookingRequests.book(BookingRequests.body(therapist.slug, Instant.parse("2026-12-01T15:00:00Z"))).statusCode(201);
        StaffClient browser = StaffClient.fresh();

        Page signIn = Page.of(browser.get("/staff/sign-in").body());
        assertEquals("Sign in", signIn.h1());
        assertEquals("email", signIn.field("Email").attr("name"));
        assertEquals("password", signIn.field("Password").attr("type"));

        ExtractableResponse<Response> signedIn = browser.signIn(login.email, Tokens.PASSWORD);
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/staff"));
        Cookie cookie = signedIn.detailedCookie(StaffGate.COOKIE);
        assertTrue(cookie.isHttpOnly(), "HttpOnly");
        assertEquals("Strict", cookie.getSameSite());
        assertFalse(cookie.isSecured(), "the test public URL is http");

        ExtractableResponse<Response> agenda = browser.get("/staff");
        assertEquals(200, agenda.statusCode());
        assertEquals("no-store", agenda.header("Cache-Control"));
        assertEquals("DENY", agenda.header("X-Frame-Options"));
        Page page = Page.of(agenda.body());
        assertEquals("Agenda", page.h1());
        assertTrue(page.text().contains("Alex Morgan"), page.text());
        assertTrue(page.text().contains("Tuesday 1 December, 10:00"), page.text());

        assertEquals(303, browser.submit("/staff", "/staff/sign-out", Map.of()).statusCode());
        assertNull(browser.cookie, "the cookie is cleared");
        ExtractableResponse<Response> afterwards = browser.get("/staff");
        assertEquals(303, afterwards.statusCode());
        assertTrue(afterwards.header("Location").endsWith("/staff/sign-in"));
    }

    @Test
    void aWrongPasswordGetsTheFormBackWithAnErrorAndNoSession() {
        User login = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        ExtractableResponse<Response> refused = browser.signIn(login.email, "not the password at all");
        assertEquals(401, refused.statusCode());
        assertNull(browser.cookie);
        Page page = Page.of(refused.body());
        assertEquals(1, page.errorSummary().size());
        assertTrue(page.errorSummary().get(0).contains("The email or password is not correct."));
        ExtractableResponse<Response> unknown = browser.signIn("nobody-" + login.id + "@example.org", "not the password at all");
        assertEquals(Page.of(refused.body()).errorSummary(), Page.of(unknown.body()).errorSummary());
    }

    @Test
    void aSignInWithoutTheFormTokenIsRefused() {
        User login = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        assertEquals(403, browser.post("/staff/sign-in", null, Map.of("email", login.email, "password", Tokens.PASSWORD))
                .statusCode());
        assertNull(browser.cookie);
    }

    @Test
    void aForgedCookieIsSentToSignIn() {
        StaffClient browser = StaffClient.fresh();
        browser.cookie = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        ExtractableResponse<Response> answer = browser.get("/staff/account");
        assertEquals(303, answer.statusCode());
        assertTrue(answer.header("Location").endsWith("/staff/sign-in"));
    }

    @Test
    void anIdleSessionEndsOnTheServer() {
        User login = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(login.email, Tokens.PASSWORD);
        clock.advance(Duration.ofMinutes(29));
        assertEquals(200, browser.get("/staff").statusCode(), "still in use within the idle limit");
        clock.advance(Duration.ofMinutes(29));
        assertEquals(200, browser.get("/staff").statusCode(), "each request restarts the idle limit");
        clock.advance(Duration.ofMinutes(31));
        ExtractableResponse<Response> idle = browser.get("/staff");
        assertEquals(303, idle.statusCode());
        assertTrue(idle.header("Location").endsWith("/staff/sign-in"));
    }

    @Test
    void aBusySessionStillEndsAfterTheAbsoluteLimit() {
        User login = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(login.email, Tokens.PASSWORD);
        for (int i = 0; i < 24; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertEquals(200, browser.get("/staff").statusCode());
        }
        clock.advance(Duration.ofMinutes(29));
        assertEquals(303, browser.get("/staff").statusCode(), "12 hours after sign-in, however busy");
    }

    @Test
    void aSessionOfADisabledAccountStopsWorking() {
        User login = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(login.email, Tokens.PASSWORD);
        QuarkusTransaction.requiringNew().run(() -> User.update("active = false where id = ?1", login.id));
        assertEquals(303, browser.get("/staff").statusCode());
    }

    @Test
    void aFormTokenFromAnotherSessionIsRefused() {
        User login = accounts.therapistLogin();
        StaffClient mine = StaffClient.fresh();
        mine.signIn(login.email, Tokens.PASSWORD);
        StaffClient other = StaffClient.fresh();
        other.signIn(accounts.therapistLogin().email, Tokens.PASSWORD);
        String othersToken = Page.of(other.get("/staff").body()).form("/staff/sign-out").selectFirst("[name=formToken]").val();
        assertEquals(403, mine.post("/staff/sign-out", othersToken, Map.of()).statusCode());
        assertEquals(200, mine.get("/staff").statusCode(), "still signed in");
    }
}
