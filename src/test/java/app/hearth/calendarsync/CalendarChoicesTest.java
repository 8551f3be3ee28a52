package app.hearth.calendarsync;

import app.hearth.support.Fixtures;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.hearth.calendarsync.IcsSubscriptionTest.times;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The therapist's choices per calendar: free events that count as busy, and whether busy time keeps blocking once
 * the calendar has not been read for HEARTH_CALENDAR_STALE_AFTER (7 days).
 */
@QuarkusTest
class CalendarChoicesTest {

    private static final List<String> ALL = List.of("09:00", "09:15", "09:30", "09:45");

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void freeEventsBlockOnlyInACalendarWhereTheTherapistSaysSo() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        try (Radicale radicale = Radicale.start()) {
            String work = radicale.calendar("work", "Work");
            assertEquals(201, radicale.put(work, "free", String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                    "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:free@example.org", "DTSTAMP:20261101T000000Z",
                    "DTSTART;TZID=America/Toronto:20261208T090000", "DTEND;TZID=America/Toronto:20261208T093000",
                    "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR", "")));
            Number id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "caldav", "url", radicale.url(), "username", Radicale.USER,
                            "password", Radicale.PASSWORD))
                    .post("/api/me/calendars").then().statusCode(201)
                    .body("calendars[0].transparentBusy", equalTo(false)).extract().path("id");
            assertEquals(ALL, times(t, "2026-12-08"), "a free event does not block by default");

            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("transparentBusy", List.of(work)))
                    .put("/api/me/calendars/" + id).then().statusCode(200)
                    .body("calendars[0].transparentBusy", equalTo(true)).body("calendars[0].busy", equalTo(true));
            assertEquals(List.of("09:30", "09:45"), times(t, "2026-12-08"), "now the free event blocks its half hour");

            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("transparentBusy", List.of(work + "other/"), "whenStale", "later"))
                    .put("/api/me/calendars/" + id).then().statusCode(400)
                    .body("errors.field", hasItem("transparentBusy")).body("errors.field", hasItem("whenStale"));
        }
    }

    @Test
    void busyTimeOfACalendarUnreadForAWeekKeepsOrStopsBlockingAsTheTherapistChose() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        Number id;
        try (IcsServer server = new IcsServer(IcsSubscriptionTest.WEEKLY)) {
            id = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kind", "ics", "url", server.url()))
                    .post("/api/me/calendars").then().statusCode(201).body("whenStale", equalTo("keep")).extract().path("id");
        }
        assertEquals(List.of("09:30", "09:45"), times(t, "2026-12-21"));

        clock.advance(Duration.ofDays(8));
        given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200)
                .body("state", equalTo("FAILING"));
        assertEquals(List.of("09:30", "09:45"), times(t, "2026-12-21"), "\"keep blocking\" keeps the old busy time");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("whenStale", "stop"))
                .put("/api/me/calendars/" + id).then().statusCode(200).body("whenStale", equalTo("stop"));
        assertEquals(ALL, times(t, "2026-12-21"), "\"stop blocking\" offers the times again once the data is a week old");
    }
}
