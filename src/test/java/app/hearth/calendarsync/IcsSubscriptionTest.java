package app.hearth.calendarsync;

import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ICS subscription served by a real HTTP server: every week of a recurring event leaves the slot answer, a
 * cancelled instance comes back, an unchanged feed is not read again, and a dead server marks only its connection.
 */
@QuarkusTest
public class IcsSubscriptionTest {

    /** Mondays 09:00-09:30 in Toronto from November on; the 14 December instance is cancelled. */
    public static final String WEEKLY = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//test//EN
            BEGIN:VEVENT
            UID:supervision@example.org
            DTSTAMP:20261101T000000Z
            SUMMARY:Supervision with a named colleague
            DTSTART;TZID=America/Toronto:20261102T090000
            DTEND;TZID=America/Toronto:20261102T093000
            RRULE:FREQ=WEEKLY
            END:VEVENT
            BEGIN:VEVENT
            UID:supervision@example.org
            DTSTAMP:20261101T000000Z
            RECURRENCE-ID;TZID=America/Toronto:20261214T090000
            DTSTART;TZID=America/Toronto:20261214T090000
            DTEND;TZID=America/Toronto:20261214T093000
            STATUS:CANCELLED
            END:VEVENT
            END:VCALENDAR
            """.replace("\n", "\r\n");

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;

    @Test
    void everyWeekOfARecurringEventIsBusyAndACancelledInstanceIsFree() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        try (IcsServer server = new IcsServer(WEEKLY)) {
            Map<String, Object> created = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "ics", "url", server.url())).post("/api/me/calendars")
                    .then().statusCode(201)
                    .body("state", equalTo("OK")).body("kind", equalTo("ics")).body("lastSyncAt", notNullValue())
                    .body("lastError", nullValue()).body("address", equalTo("http://127.0.0.1:" + server.url().split(":")[2].split("/")[0]))
                    .extract().as(Map.class);
            String answer = given().auth().oauth2(token).get("/api/me/calendars").then().statusCode(200).extract().asString();
            assertFalse(answer.contains("s3cr3t"), "the feed's secret path is never shown back");

            for (String monday : List.of("2026-12-07", "2026-12-21", "2026-12-28", "2027-01-04")) {
                assertEquals(List.of("09:30", "09:45"), times(t, monday), monday);
            }
            assertEquals(List.of("09:00", "09:15", "09:30", "09:45"), times(t, "2026-12-14"), "the cancelled instance");
            assertEquals(List.of("09:00", "09:15", "09:30", "09:45"), times(t, "2026-12-08"), "a Tuesday");

            Number id = (Number) created.get("id");
            given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200)
                    .body("state", equalTo("OK"));
            assertEquals(1, server.full.get());
            assertEquals(1, server.notModified.get(), "an unchanged feed answers 304 and keeps its busy time");
            assertEquals(List.of("09:30", "09:45"), times(t, "2026-12-07"));

            server.publish(WEEKLY.replace("RRULE:FREQ=WEEKLY", "RRULE:FREQ=WEEKLY;UNTIL=20261210T000000Z"));
            given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200);
            assertEquals(List.of("09:00", "09:15", "09:30", "09:45"), times(t, "2026-12-21"), "the series ended");
            assertEquals(List.of("09:30", "09:45"), times(t, "2026-12-07"));
        }
    }

    @Test
    void aDeadServerMarksItsConnectionAndKeepsTheLastGoodBusyTime() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        Number id;
        try (IcsServer server = new IcsServer(WEEKLY)) {
            id = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kind", "ics", "url", server.url()))
                    .post("/api/me/calendars").then().statusCode(201).extract().path("id");
        }
        given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200)
                .body("state", equalTo("FAILING"))
                .body("lastError", equalTo("The calendar server could not be reached."))
                .body("lastSyncAt", notNullValue());
        assertEquals(List.of("09:30", "09:45"), times(t, "2026-12-07"));

        given().auth().oauth2(token).delete("/api/me/calendars/" + id).then().statusCode(204);
        assertEquals(List.of("09:00", "09:15", "09:30", "09:45"), times(t, "2026-12-07"), "removed with its busy time");
        given().auth().oauth2(token).get("/api/me/calendars").then().body("id", not(hasItem(id)));
    }

    @Test
    void addressesIntoPrivateNetworksOrWithoutHttpsAreRefused() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        for (String url : List.of("http://calendar.example.org/a.ics", "https://10.0.0.7/a.ics",
                "https://169.254.169.254/latest/meta-data", "https://[::1]/a.ics", "https://192.168.1.2/a.ics",
                "file:///etc/passwd", "https://user:pw@calendar.example.org/a.ics")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kind", "ics", "url", url))
                    .post("/api/me/calendars").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("url"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "caldav", "url", "https://10.0.0.7/dav")).post("/api/me/calendars")
                .then().statusCode(400).body("errors.field", equalTo(List.of("url", "username", "password")));
        given().auth().oauth2(token).get("/api/me/calendars").then().statusCode(200).body("$", equalTo(List.of()));
    }

    @Test
    void secretsAreSealedAndConnectionsAreTheirOwnersOnly() throws Exception {
        Therapist owner = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        Therapist other = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        try (IcsServer server = new IcsServer(WEEKLY)) {
            Number id = given().auth().oauth2(tokens.therapist(owner)).contentType(ContentType.JSON)
                    .body(Map.of("kind", "ics", "url", server.url())).post("/api/me/calendars").then().statusCode(201)
                    .extract().path("id");
            String stored = QuarkusTransaction.requiringNew().call(() ->
                    CalendarConnection.<CalendarConnection>findById(id.longValue()).addressSealed);
            assertFalse(stored.contains("s3cr3t"));
            assertTrue(stored.contains(":v1."), "keyId:payload from the one sealer");

            String intruder = tokens.therapist(other);
            given().auth().oauth2(intruder).post("/api/me/calendars/" + id + "/sync").then().statusCode(404);
            given().auth().oauth2(intruder).delete("/api/me/calendars/" + id).then().statusCode(404);
            given().auth().oauth2(intruder).get("/api/me/calendars").then().body("$", equalTo(List.of()));
            given().auth().oauth2(tokens.admin()).get("/api/me/calendars").then().statusCode(403);
            given().get("/api/me/calendars").then().statusCode(401);
        }
    }

    static List<String> times(Therapist t, String date) {
        return given().queryParam("therapist", t.slug).queryParam("from", date).queryParam("to", date)
                .get("/api/slots").then().statusCode(200).extract().path("slots.localTime");
    }
}
