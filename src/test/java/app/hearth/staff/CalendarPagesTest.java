package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.calendarsync.IcsServer;
import app.hearth.calendarsync.IcsSubscriptionTest;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendars page: connect an ICS subscription, see its state and last sync, sync now, remove; forms need their token. */
@QuarkusTest
class CalendarPagesTest {

    @Inject
    StaffAccounts accounts;

    @Test
    void aTherapistConnectsSyncsAndRemovesACalendar() throws Exception {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        Page empty = Page.of(browser.get("/staff/calendars").body());
        assertEquals("Your calendars", empty.h1());
        assertFalse(empty.document().select("[data-no-calendars]").isEmpty());

        ExtractableResponse<Response> refused = browser.submit("/staff/calendars", "/staff/calendars",
                Map.of("kind", "ics", "url", "http://calendar.example.org/basic.ics"));
        assertEquals(400, refused.statusCode());
        assertTrue(Page.of(refused.body()).errorSummary().get(0).contains("https"));

        try (IcsServer server = new IcsServer(IcsSubscriptionTest.WEEKLY)) {
            ExtractableResponse<Response> added = browser.submit("/staff/calendars", "/staff/calendars",
                    Map.of("kind", "ics", "url", server.url()));
            assertEquals(303, added.statusCode());
            Document page = Page.of(browser.get("/staff/calendars?done=added").body()).document();
            assertEquals("Working", page.selectFirst("[data-state]").text());
            assertFalse(page.selectFirst("[data-last-sync]").text().equals("never"));
            assertFalse(page.html().contains("s3cr3t"), "the feed's secret path is not shown");
            String id = page.selectFirst("[data-connection]").attr("data-connection");

            assertEquals(403, browser.post("/staff/calendars/" + id + "/remove", null, Map.of()).statusCode(),
                    "a form without its token is refused");
            assertEquals(303, browser.submit("/staff/calendars", "/staff/calendars/" + id + "/sync", Map.of()).statusCode());
            assertEquals(1, server.notModified.get(), "sync now read the feed again");
        }
        String id = Page.of(browser.get("/staff/calendars").body()).document().selectFirst("[data-connection]")
                .attr("data-connection");
        browser.submit("/staff/calendars", "/staff/calendars/" + id + "/sync", Map.of());
        Document failing = Page.of(browser.get("/staff/calendars").body()).document();
        assertEquals("Failing", failing.selectFirst("[data-state]").text());
        assertEquals("The calendar server could not be reached.", failing.selectFirst("[data-last-error]").text());

        assertTrue(failing.selectFirst("#stale-keep-" + id).hasAttr("checked"), "busy time keeps blocking by default");
        assertEquals("Keep blocking the times it last showed as busy", failing.selectFirst("label[for=stale-keep-" + id + "]").text());
        assertEquals(303, browser.submit("/staff/calendars", "/staff/calendars/" + id + "/choose",
                Map.of("whenStale", "stop")).statusCode());
        Document chosen = Page.of(browser.get("/staff/calendars?done=chosen").body()).document();
        assertTrue(chosen.selectFirst("#stale-stop-" + id).hasAttr("checked"), "the choice to stop blocking is saved");

        assertEquals(303, browser.submit("/staff/calendars", "/staff/calendars/" + id + "/remove", Map.of()).statusCode());
        assertFalse(Page.of(browser.get("/staff/calendars").body()).document().select("[data-no-calendars]").isEmpty());
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        ExtractableResponse<Response> answer = StaffClient.fresh().get("/staff/calendars");
        assertEquals(303, answer.statusCode());
        assertTrue(answer.header("Location").endsWith("/staff/sign-in"));
    }
}
