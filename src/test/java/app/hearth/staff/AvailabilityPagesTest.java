package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The availability editor: weekly hours, copying, overrides, policy; what it refuses and what it reports. */
@QuarkusTest
class AvailabilityPagesTest {

    private static final String EDITOR = "/staff/availability";

    @Inject
    Fixtures fixtures;
    @Inject
    StaffAccounts accounts;

    @Test
    void weeklyHoursWithTwoRangesAreSavedAndCopiedToOtherDays() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        StaffClient browser = signedIn(therapist);
        Map<String, String> form = hours("America/Vancouver");
        form.put("MONDAY-open", "on");
        form.put("MONDAY-start-0", "08:00");
        form.put("MONDAY-end-0", "12:00");
        form.put("MONDAY-start-1", "13:15");
        form.put("MONDAY-end-1", "16:45");
        ExtractableResponse<Response> saved = browser.submit(EDITOR, EDITOR + "/hours", form);
        assertEquals(200, saved.statusCode());
        Page page = Page.of(saved.body());
        assertTrue(page.text().contains("Weekly hours saved."));
        assertEquals("13:15", page.document().selectFirst("#MONDAY-start-1").val());
        assertEquals("America/Vancouver", page.document().selectFirst("#timezone option[selected]").val());
        assertFalse(page.document().selectFirst("#TUESDAY-open").hasAttr("checked"), "Tuesday was closed");

        Map<String, String> copy = new HashMap<>(Map.of("from", "MONDAY", "to", "SATURDAY"));
        Page copied = Page.of(browser.submit(EDITOR, EDITOR + "/copy", copy).body());
        assertEquals("13:15", copied.document().selectFirst("#SATURDAY-start-1").val());
        assertTrue(copied.document().selectFirst("#SATURDAY-open").hasAttr("checked"));
    }

    @Test
    void mistakesComeBackAsAnErrorSummaryLinkedToFieldsWithWhatWasTyped() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        StaffClient browser = signedIn(therapist);
        Map<String, String> form = hours("America/Toronto");
        form.put("MONDAY-open", "on");
        form.put("MONDAY-start-0", "12:00");
        form.put("MONDAY-end-0", "09:00");
        form.put("TUESDAY-open", "on");
        form.put("TUESDAY-start-0", "09:00");
        form.put("TUESDAY-end-0", "12:00");
        form.put("TUESDAY-start-1", "11:00");
        form.put("TUESDAY-end-1", "13:00");
        form.put("WEDNESDAY-open", "on");
        form.put("WEDNESDAY-start-0", "09:10");
        form.put("WEDNESDAY-end-0", "25:00");
        ExtractableResponse<Response> refused = browser.submit(EDITOR, EDITOR + "/hours", form);
        assertEquals(400, refused.statusCode());
        Page page = Page.of(refused.body());
        List<String> summary = page.errorSummary();
        assertEquals(4, summary.size(), summary.toString());
        assertTrue(summary.get(0).contains("Monday range 1 end: must be later than the start"), summary.toString());
        assertTrue(summary.get(1).contains("Tuesday range 2 start: overlaps 09:00 to 12:00"), summary.toString());
        assertTrue(summary.get(2).contains("quarter hour"), summary.toString());
        assertTrue(summary.get(3).contains("between 00:00 and 23:45"), summary.toString());
        assertNotNull(page.document().selectFirst(".error-summary a[href=#MONDAY-end-0]"));
        assertEquals("true", page.document().selectFirst("#MONDAY-end-0").attr("aria-invalid"));
        assertEquals("25:00", page.document().selectFirst("#WEDNESDAY-end-0").val(), "kept as typed");
        Page stored = Page.of(browser.get(EDITOR).body());
        assertEquals("09:00", stored.document().selectFirst("#MONDAY-start-0").val(), "nothing was saved");

        Map<String, String> zone = hours("Mars/Olympus");
        assertEquals(400, browser.submit(EDITOR, EDITOR + "/hours", zone).statusCode());
        assertEquals(403, browser.post(EDITOR + "/hours", null, hours("America/Toronto")).statusCode());
    }

    @Test
    void hoursThatNoLongerCoverABookingListItWithALinkAndKeepItBooked() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String reference = BookingRequests.book(BookingRequests.body(therapist.slug, Instant.parse("2026-12-01T15:00:00Z")))
                .statusCode(201).extract().path("reference");
        StaffClient browser = signedIn(therapist);
        Map<String, String> form = hours("America/Toronto");
        form.put("MONDAY-open", "on");
        form.put("MONDAY-start-0", "09:00");
        form.put("MONDAY-end-0", "17:00");
        Page page = Page.of(browser.submit(EDITOR, EDITOR + "/hours", form).body());
        assertNotNull(page.document().selectFirst("[data-conflicts] a[href=/staff/bookings/" + reference + "]"), page.text());
        assertEquals(200, browser.get("/staff/bookings/" + reference).statusCode());
        assertTrue(Page.of(browser.get("/staff/bookings/" + reference).body()).text().contains("Confirmed"));
    }

    @Test
    void aSaturdayOverrideOpensSlotsOnTheApiAndCanBeRemoved() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        StaffClient browser = signedIn(therapist);
        assertEquals(0, slotsOn(therapist, "2026-12-05"));
        Page calendar = Page.of(browser.get(EDITOR + "?month=2026-12").body());
        String link = calendar.document().selectFirst("a[data-date=2026-12-05]").attr("href");
        String pick = link.substring(0, link.indexOf('#'));
        Page picked = Page.of(browser.get(pick).body());
        assertEquals("2026-12-05", picked.document().selectFirst("#date").val());

        ExtractableResponse<Response> added = browser.submit(pick, EDITOR + "/overrides",
                Map.of("date", "2026-12-05", "kind", "AVAILABLE", "start", "10:00", "end", "12:00"));
        assertEquals(200, added.statusCode());
        assertEquals(8, slotsOn(therapist, "2026-12-05"), "the next slot answer sees the new hours at once");
        Page page = Page.of(added.body());
        assertTrue(page.document().selectFirst("[data-overrides]").text().contains("Saturday 5 December 2026: Open 10:00 to 12:00"));
        assertTrue(Page.of(browser.get(EDITOR + "?month=2026-12").body()).document()
                .selectFirst("a[data-date=2026-12-05]").parent().text().contains("other hours"));

        ExtractableResponse<Response> noHours = browser.submit(EDITOR, EDITOR + "/overrides",
                Map.of("date", "2026-12-06", "kind", "AVAILABLE"));
        assertEquals(400, noHours.statusCode());
        assertTrue(Page.of(noHours.body()).errorSummary().get(0).contains("From"), Page.of(noHours.body()).errorSummary().toString());
        assertEquals(400, browser.submit(EDITOR, EDITOR + "/overrides", Map.of("date", "2026-11-01", "kind", "UNAVAILABLE"))
                .statusCode(), "a past date");

        String remove = page.document().selectFirst("[data-overrides] form").attr("action");
        String token = page.document().selectFirst("[name=formToken]").val();
        assertEquals(200, browser.post(remove, token, Map.of()).statusCode());
        assertEquals(0, slotsOn(therapist, "2026-12-05"));
        assertEquals(404, browser.post(remove, token, Map.of()).statusCode(), "already gone");
    }

    @Test
    void thePolicyIsCheckedSavedAndAnotherTherapistsOverrideCannotBeRemoved() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Therapist other = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        StaffClient browser = signedIn(therapist);
        Map<String, String> policy = new HashMap<>(Map.of("before", "15", "after", "999", "notice", "x",
                "horizon", "30", "maxPerDay", "4"));
        ExtractableResponse<Response> refused = browser.submit(EDITOR, EDITOR + "/policy", policy);
        assertEquals(400, refused.statusCode());
        List<String> summary = Page.of(refused.body()).errorSummary();
        assertEquals(2, summary.size(), summary.toString());
        assertEquals("999", Page.of(refused.body()).document().selectFirst("#after").val());
        policy.put("after", "10");
        policy.put("notice", "48");
        assertEquals(200, browser.submit(EDITOR, EDITOR + "/policy", policy).statusCode());
        Page saved = Page.of(browser.get(EDITOR).body());
        assertEquals("48", saved.document().selectFirst("#notice").val());

        StaffClient theirs = signedIn(other);
        theirs.submit(EDITOR, EDITOR + "/overrides", Map.of("date", "2026-12-10", "kind", "UNAVAILABLE"));
        String theirRemove = Page.of(theirs.get(EDITOR).body()).document().selectFirst("[data-overrides] form").attr("action");
        String token = Page.of(browser.get(EDITOR).body()).document().selectFirst("[name=formToken]").val();
        assertEquals(404, browser.post(theirRemove, token, Map.of()).statusCode());
        assertEquals(404, browser.post(EDITOR + "/overrides/abc/remove", token, Map.of()).statusCode());
    }

    private static Map<String, String> hours(String zone) {
        return new HashMap<>(Map.of("timezone", zone));
    }

    private static int slotsOn(Therapist therapist, String day) {
        return given().queryParam("therapist", therapist.slug).queryParam("from", day).queryParam("to", day)
                .get("/api/slots").then().statusCode(200).extract().jsonPath().getList("slots").size();
    }

    private StaffClient signedIn(Therapist therapist) {
        User login = accounts.login(therapist);
        StaffClient browser = StaffClient.fresh();
        assertEquals(303, browser.signIn(login.email, Tokens.PASSWORD).statusCode());
        return browser;
    }
}
