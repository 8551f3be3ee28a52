package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.calendarsync.IcsServer;
import app.hearth.calendarsync.IcsSubscriptionTest;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import app.hearth.therapist.BookingPolicy;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "why no slots" preview: the same free times as /api/slots, and a reason for each closed one. */
@QuarkusTest
class PreviewPagesTest {

    @Inject
    Fixtures fixtures;
    @Inject
    StaffAccounts accounts;
    @Inject
    Tokens tokens;

    @Test
    void thePreviewOffersWhatTheApiOffersAndNamesWhyTheRestIsClosed() {
        // four hours' notice; the test clock stands at Monday 30 November, 07:00 in Toronto
        Therapist therapist = fixtures.therapist("America/Toronto", new BookingPolicy(15, 15, 4, 10, 96), "09:00", "12:00");
        String reference = BookingRequests.book(BookingRequests.body(therapist.slug, Instant.parse("2026-12-01T15:00:00Z")))
                .statusCode(201).extract().path("reference");
        User login = accounts.login(therapist);
        StaffClient browser = StaffClient.fresh();
        assertEquals(303, browser.signIn(login.email, Tokens.PASSWORD).statusCode());

        Page page = Page.of(browser.get("/staff/availability/preview").body());
        assertEquals("What clients see", page.h1());
        List<String> api = given().queryParam("therapist", therapist.slug).queryParam("from", "2026-11-30")
                .queryParam("to", "2026-12-13").queryParam("timezone", "America/Toronto").get("/api/slots")
                .then().statusCode(200).extract().jsonPath().getList("slots.start");
        List<String> shown = new ArrayList<>();
        for (Element day : page.document().select("[data-preview-day]")) {
            LocalDate date = LocalDate.parse(day.attr("data-preview-day").substring("preview-".length()));
            day.select("[data-free] li").forEach(li -> shown.add(date.atTime(java.time.LocalTime.parse(li.text()))
                    .atZone(ZoneId.of("America/Toronto")).toInstant().toString()));
        }
        assertEquals(api.stream().map(s -> Instant.parse(s).toString()).toList(), shown, "the same times as the public answer");
        assertEquals(14, page.document().select("[data-preview-day]").size());

        Element monday = page.document().selectFirst("[data-preview-day=preview-2026-11-30]");
        assertTrue(reasonRow(monday, "MINIMUM_NOTICE").text().startsWith("09:00 11:00"), monday.text());
        Element tuesday = page.document().selectFirst("[data-preview-day=preview-2026-12-01]");
        assertTrue(reasonRow(tuesday, "BOOKED").text().startsWith("10:00 10:15"), tuesday.text());
        assertTrue(reasonRow(tuesday, "BUFFER").text().startsWith("09:45 10:00"), tuesday.text());
        Element late = page.document().selectFirst("[data-preview-day=preview-2026-12-10]");
        assertNotNull(reasonRow(late, "BEYOND_HORIZON"), late.text());
        assertTrue(page.document().selectFirst("[data-preview-day=preview-2026-12-05]").text().contains("no free times"));
        assertNotNull(reference);
    }

    @Test
    void timeBusyInTheTherapistsOwnCalendarIsNamedApartFromBookings() throws Exception {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        BookingRequests.book(BookingRequests.body(therapist.slug, Instant.parse("2026-12-07T14:45:00Z"))).statusCode(201);
        try (IcsServer server = new IcsServer(IcsSubscriptionTest.WEEKLY)) {
            given().auth().oauth2(tokens.therapist(therapist)).contentType(ContentType.JSON)
                    .body(Map.of("kind", "ics", "url", server.url())).post("/api/me/calendars")
                    .then().statusCode(201).body("state", org.hamcrest.Matchers.equalTo("OK"));
        }
        StaffClient browser = StaffClient.fresh();
        assertEquals(303, browser.signIn(accounts.login(therapist).email, Tokens.PASSWORD).statusCode());

        Element monday = Page.of(browser.get("/staff/availability/preview").body()).document()
                .selectFirst("[data-preview-day=preview-2026-12-07]");
        assertEquals("09:00 09:30 busy in your calendar", reasonRow(monday, "CALENDAR_BUSY").text(), monday.text());
        assertEquals("09:45 10:00 already booked", reasonRow(monday, "BOOKED").text(), monday.text());
        assertEquals(List.of("09:30"), monday.select("[data-free] li").eachText(), "only the quarter between them is free");
    }

    @Test
    void withoutASessionThePreviewSendsToSignIn() {
        var answer = StaffClient.fresh().get("/staff/availability/preview");
        assertEquals(303, answer.statusCode());
        assertTrue(answer.header("Location").endsWith("/staff/sign-in"));
    }

    private static Element reasonRow(Element day, String code) {
        return day.selectFirst("[data-reason=" + code + "]");
    }
}
