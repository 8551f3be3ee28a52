package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.mail.OutboxRelay;
import app.hearth.support.Fixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.Page;
import app.hearth.support.SmtpProfile;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Browser;
import app.hearth.support.TestClock;
import app.hearth.support.Totp;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitation and password-reset mails through the outbox and a real SMTP server, followed as a person would. */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class StaffLinksMailTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/staff/(invitation|reset)/[A-Za-z0-9_-]+)");

    @Inject
    Tokens tokens;
    @Inject
    Fixtures fixtures;
    @Inject
    StaffAccounts accounts;
    @Inject
    OutboxRelay relay;
    @Inject
    TestClock clock;
    @TestHTTPResource("/")
    URL base;

    private String invite(String email, List<String> roles, String therapistSlug) {
        Map<String, Object> body = therapistSlug == null ? Map.of("email", email, "name", "Sam Lee", "roles", roles)
                : Map.of("email", email, "name", "Sam Lee", "roles", roles, "therapist", therapistSlug);
        return given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/admin/invitations").then().statusCode(201).extract().path("id").toString();
    }

    /** The path of the newest link mailed to the address. */
    private String linkMailedTo(String address) throws Exception {
        relay.drain();
        List<MimeMessage> received = MailFixtures.receivedBy(address);
        assertTrue(!received.isEmpty(), "a mail to " + address);
        Matcher link = LINK.matcher(textOf(received.get(received.size() - 1)));
        assertTrue(link.find(), "a link in the mail");
        return link.group(1);
    }

    @Test
    void anInvitedTherapistChoosesTheirOwnPasswordAndIsSignedIn() throws Exception {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        invite(email, List.of("therapist"), therapist.slug);
        String link = linkMailedTo(email);
        assertTrue(link.startsWith("/staff/invitation/"));

        StaffClient browser = StaffClient.fresh();
        Page choose = Page.of(browser.get(link).body());
        assertEquals("Choose your password", choose.h1());
        ExtractableResponse<Response> weak = browser.submit(link, link, Map.of("password", "short"));
        assertEquals(400, weak.statusCode());
        assertTrue(Page.of(weak.body()).errorSummary().get(0).contains("at least 12 characters"));
        ExtractableResponse<Response> common = browser.submit(link, link, Map.of("password", "password1234"));
        assertEquals(400, common.statusCode());

        ExtractableResponse<Response> accepted = browser.submit(link, link, Map.of("password", "my own quiet meadow"));
        assertEquals(303, accepted.statusCode());
        assertTrue(accepted.header("Location").endsWith("/staff"));
        assertEquals("Agenda", Page.of(browser.get("/staff").body()).h1());

        assertEquals(410, StaffClient.fresh().get(link).statusCode(), "the link works once");
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.18.0.1")
                .body(Map.of("email", email, "password", "my own quiet meadow"))
                .when().post("/api/auth/login").then().statusCode(200);
    }

    @Test
    void anInvitedAdminIsTakenToEnrolment() throws Exception {
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        invite(email, List.of("admin"), null);
        String link = linkMailedTo(email);
        StaffClient browser = StaffClient.fresh();
        ExtractableResponse<Response> accepted = browser.submit(link, link, Map.of("password", "a long admin passphrase"));
        assertTrue(accepted.header("Location").endsWith("/staff/enrol"));
        assertTrue(browser.get("/staff").header("Location").endsWith("/staff/enrol"));
    }

    @Test
    void aResentInvitationReplacesTheFirstLinkAndARevokedOneWorksNoMore() throws Exception {
        String email = "resent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String id = invite(email, List.of("admin"), null);
        String first = linkMailedTo(email);
        given().auth().oauth2(tokens.admin()).when().post("/api/admin/invitations/" + id + "/resend").then().statusCode(204);
        String second = linkMailedTo(email);
        assertEquals(410, StaffClient.fresh().get(first).statusCode());
        assertEquals(200, StaffClient.fresh().get(second).statusCode());
        given().auth().oauth2(tokens.admin()).when().delete("/api/admin/invitations/" + id).then().statusCode(204);
        assertEquals(410, StaffClient.fresh().get(second).statusCode());
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySessionAndToken() throws Exception {
        User therapist = accounts.therapistLogin();
        StaffClient signedIn = StaffClient.fresh();
        signedIn.signIn(therapist.email, Tokens.PASSWORD);
        String oldToken = given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.18.0.2")
                .body(Map.of("email", therapist.email, "password", Tokens.PASSWORD))
                .when().post("/api/auth/login").then().statusCode(200).extract().path("accessToken");

        StaffClient browser = StaffClient.fresh();
        String known = browser.submit("/staff/forgot", "/staff/forgot", Map.of("email", therapist.email)).body().asString();
        String unknown = browser.submit("/staff/forgot", "/staff/forgot", Map.of("email", "nobody-" + therapist.id
                + "@example.org")).body().asString();
        assertEquals(Page.of(known).notice("If this email"), Page.of(unknown).notice("If this email"));
        String link = linkMailedTo(therapist.email);
        assertTrue(link.startsWith("/staff/reset/"));

        ExtractableResponse<Response> reset = browser.submit(link, link, Map.of("password", "a fresh start for me"));
        assertEquals(303, reset.statusCode());
        assertTrue(reset.header("Location").contains("/staff/sign-in"));
        assertEquals(410, StaffClient.fresh().get(link).statusCode(), "the link works once");
        assertEquals(303, signedIn.get("/staff").statusCode(), "the earlier session ended");
        given().auth().oauth2(oldToken).when().get("/api/me/schedule").then().statusCode(401);
        assertEquals(303, StaffClient.fresh().signIn(therapist.email, "a fresh start for me").statusCode());
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutes() throws Exception {
        User therapist = accounts.therapistLogin();
        StaffClient.fresh().submit("/staff/forgot", "/staff/forgot", Map.of("email", therapist.email));
        String link = linkMailedTo(therapist.email);
        clock.advance(Duration.ofMinutes(31));
        assertEquals(410, StaffClient.fresh().get(link).statusCode());
        assertEquals(410, StaffClient.fresh().get("/staff/reset/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode(),
                "a made-up link gets the same answer");
    }

    @Test
    void inChromiumAnInvitedTherapistSetsAPasswordEnrolsAndSignsInWithACode() throws Exception {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        invite(email, List.of("therapist"), therapist.slug);
        String link = linkMailedTo(email);
        // rpId and cookies want a host name, not an address
        String root = base.toString().replace("127.0.0.1", "localhost").replaceAll("/$", "");
        try (Browser browser = Browser.open("America/Toronto")) {
            browser.get(root + link);
            assertEquals("Choose your password", browser.h1("Choose your password"));
            browser.waitFor(By.id("password")).sendKeys("a meadow of my own");
            browser.driver().findElement(By.cssSelector("form.details button[type=submit]")).click();
            assertEquals("Agenda", browser.h1("Agenda"));

            browser.waitFor(By.linkText("Account")).click();
            browser.waitFor(By.linkText("Set up an authenticator app")).click();
            assertEquals("Set up your authenticator app", browser.h1("Set up your authenticator app"));
            String secret = browser.waitFor(By.cssSelector("[data-secret]")).getText();
            browser.driver().findElement(By.id("code")).sendKeys(Totp.code(secret, clock.instant()));
            browser.driver().findElement(By.cssSelector("form.details button[type=submit]")).click();
            assertEquals("Your recovery codes", browser.h1("Your recovery codes"));

            browser.waitFor(By.cssSelector("header form button[type=submit]")).click();
            assertEquals("Sign in", browser.h1("Sign in"));
            browser.waitFor(By.id("email")).sendKeys(email);
            browser.driver().findElement(By.id("password")).sendKeys("a meadow of my own");
            browser.driver().findElement(By.cssSelector("form.details button[type=submit]")).click();
            assertEquals("Enter your code", browser.h1("Enter your code"));
            clock.advance(Duration.ofSeconds(30));
            browser.waitFor(By.id("code")).sendKeys(Totp.code(secret, clock.instant()));
            browser.driver().findElement(By.cssSelector("form.details button[type=submit]")).click();
            assertEquals("Agenda", browser.h1("Agenda"));
        }
    }

    private static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        return (String) ((Multipart) content).getBodyPart(0).getContent();
    }
}
