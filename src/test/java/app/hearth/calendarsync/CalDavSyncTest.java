package app.hearth.calendarsync;

import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.hearth.calendarsync.IcsSubscriptionTest.times;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A CalDAV account on a real Radicale: discovery, busy calendars chosen, recurrence read for every week, failures. */
@QuarkusTest
class CalDavSyncTest {

    private static final List<String> FREE = List.of("09:00", "09:15", "09:30", "09:45");
    private static final List<String> FIRST_HALF_BUSY = List.of("09:30", "09:45");

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;

    static String weekly(String cancelledInstance) {
        String override = cancelledInstance == null ? "" : """
                BEGIN:VEVENT
                UID:weekly-client@example.org
                DTSTAMP:20261101T000000Z
                RECURRENCE-ID;TZID=America/Toronto:%sT090000
                DTSTART;TZID=America/Toronto:%sT090000
                DTEND;TZID=America/Toronto:%sT093000
                STATUS:CANCELLED
                END:VEVENT
                """.formatted(cancelledInstance, cancelledInstance, cancelledInstance);
        return ("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:weekly-client@example.org
                DTSTAMP:20261101T000000Z
                SUMMARY:Session with a client
                DTSTART;TZID=America/Toronto:20261102T090000
                DTEND;TZID=America/Toronto:20261102T093000
                RRULE:FREQ=WEEKLY;BYDAY=MO
                END:VEVENT
                """ + override + "END:VCALENDAR\n").replace("\n", "\r\n");
    }

    static final String DENTIST = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//test//EN
            BEGIN:VEVENT
            UID:dentist@example.org
            DTSTAMP:20261101T000000Z
            SUMMARY:Dentist
            DTSTART:20261208T140000Z
            DTEND:20261208T141500Z
            END:VEVENT
            END:VCALENDAR
            """.replace("\n", "\r\n");

    @Test
    void aWeeklyEventInRadicaleRemovesItsSlotsEveryWeekUntilAnInstanceIsCancelled() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        try (Radicale radicale = Radicale.start()) {
            String work = radicale.calendar("work", "Work");
            String personal = radicale.calendar("personal", "Personal");
            assertEquals(201, radicale.put(work, "weekly", weekly(null)));
            assertEquals(201, radicale.put(personal, "dentist", DENTIST));

            String created = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "caldav", "url", radicale.url(), "username", Radicale.USER,
                            "password", Radicale.PASSWORD))
                    .post("/api/me/calendars").then().statusCode(201)
                    .body("state", equalTo("OK")).body("kind", equalTo("caldav"))
                    .body("calendars", hasSize(2)).body("calendars.name", equalTo(List.of("Personal", "Work")))
                    .body("calendars.busy", equalTo(List.of(true, true)))
                    .extract().asString();
            assertFalse(created.contains(Radicale.PASSWORD) || created.contains("\"" + Radicale.USER + "\""));
            Number id = io.restassured.path.json.JsonPath.from(created).get("id");

            for (String monday : List.of("2026-12-07", "2026-12-14", "2026-12-21", "2027-01-04", "2027-01-25")) {
                assertEquals(FIRST_HALF_BUSY, times(t, monday), monday);
            }
            assertEquals(List.of("09:15", "09:30", "09:45"), times(t, "2026-12-08"), "the dentist");

            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("busy", List.of(work))).put("/api/me/calendars/" + id).then().statusCode(200)
                    .body("calendars.busy", equalTo(List.of(false, true)));
            assertEquals(FREE, times(t, "2026-12-08"), "the personal calendar no longer counts");

            assertTrue(List.of(201, 204).contains(radicale.put(work, "weekly", weekly("20261214"))));
            given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200)
                    .body("state", equalTo("OK"));
            assertEquals(FREE, times(t, "2026-12-14"), "the cancelled instance is free again");
            assertEquals(FIRST_HALF_BUSY, times(t, "2026-12-21"));

            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("busy", List.of("http://127.0.0.1:1/elsewhere/"))).put("/api/me/calendars/" + id)
                    .then().statusCode(400).body("errors.field", equalTo(List.of("busy")));
        }
        // the server is gone: only this connection fails, its last busy time stays, and slots do not wait on it
        Number id = given().auth().oauth2(token).get("/api/me/calendars").then().extract().path("[0].id");
        given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200)
                .body("state", equalTo("FAILING")).body("lastError", equalTo("The calendar server could not be reached."));
        long started = System.nanoTime();
        assertEquals(FIRST_HALF_BUSY, times(t, "2026-12-21"));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 2000, "/api/slots answers from stored busy time");
    }

    @Test
    void aRefusedPasswordMarksTheConnectionWithoutShowingIt() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        try (Radicale radicale = Radicale.start()) {
            radicale.calendar("work", "Work");
            String answer = given().auth().oauth2(tokens.therapist(t)).contentType(ContentType.JSON)
                    .body(Map.of("kind", "caldav", "url", radicale.url(), "username", Radicale.USER,
                            "password", "wrong-password-9"))
                    .post("/api/me/calendars").then().statusCode(201)
                    .body("state", equalTo("FAILING")).body("lastError", containsString("refused"))
                    .body("calendars", hasSize(0)).extract().asString();
            assertFalse(answer.contains("wrong-password-9"));
        }
    }
}
