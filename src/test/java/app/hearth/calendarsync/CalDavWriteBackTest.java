package app.hearth.calendarsync;

import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static app.hearth.calendarsync.IcsSubscriptionTest.times;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A booking appears in the therapist's chosen Radicale calendar at the therapist's local time, is not read back as busy
 * twice, follows a reschedule and goes on cancel; a server that is down gets the booking once it is back.
 */
@QuarkusTest
class CalDavWriteBackTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    BookingWriteBack writeBack;
    @Inject
    CalendarWriteRelay relay;
    @Inject
    app.hearth.support.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBookingIsWrittenIntoTheChosenCalendarMovedAndRemovedOnCancel() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        try (Radicale radicale = Radicale.start()) {
            String work = radicale.calendar("work", "Work");
            Number id = connect(radicale, token, work, null);

            ExtractableResponse<Response> booked = BookingRequests.book(BookingRequests.body(t.slug,
                    Instant.parse("2026-12-08T14:00:00Z"))).statusCode(201).extract();
            String reference = booked.path("reference");
            String href = work + writeBack.uid(reference) + ".ics";
            awaitStatus(radicale, href, 200, () -> "");
            String ics = radicale.body(href);
            assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:America/Toronto"), ics);
            assertTrue(ics.contains("DTSTART;TZID=America/Toronto:20261208T090000"), "nine in Toronto: " + ics);
            assertTrue(ics.contains("DTEND;TZID=America/Toronto:20261208T091500"), ics);
            assertTrue(ics.contains("SCHEDULE-AGENT=CLIENT"), "the server sends no invitation: " + ics);
            assertTrue(ics.contains("SUMMARY:Discovery call " + reference + "\r\n"), "the minimum title: " + ics);
            assertFalse(ics.contains("Alex Morgan"), "no client name without the therapist's opt-in");
            assertFalse(ics.contains("METHOD:"), ics);

            given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200);
            assertEquals(List.of("09:15", "09:30", "09:45"), times(t, "2026-12-08"),
                    "the booking blocks its slot once, as a booking, not again as busy time elsewhere");

            given().contentType(ContentType.JSON).body(Map.of("start", "2026-12-08T14:30:00Z"))
                    .post("/api/bookings/manage/" + booked.path("manageToken") + "/reschedule").then().statusCode(200);
            awaitBody(radicale, href, "DTSTART;TZID=America/Toronto:20261208T093000");

            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "a clash"))
                    .post("/api/me/bookings/" + reference + "/cancel").then().statusCode(200);
            awaitStatus(radicale, href, 404, () -> given().auth().oauth2(token).get("/api/me/calendars").asString());
        }
    }

    @Test
    void aServerThatIsDownGetsTheBookingOnceItIsBackWithTheClientsNameWhenAskedFor() throws Exception {
        Therapist t = fixtures.therapist("Europe/Berlin", Fixtures.NO_LIMITS, "09:00", "12:00");
        String token = tokens.therapist(t);
        try (Radicale radicale = Radicale.start()) {
            String work = radicale.calendar("work", "Work");
            Number id = connect(radicale, token, work, true);

            radicale.stop();
            String reference = BookingRequests.book(BookingRequests.body(t.slug, Instant.parse("2026-12-09T08:00:00Z")))
                    .statusCode(201).extract().path("reference");
            String gone = BookingRequests.book(BookingRequests.body(t.slug, Instant.parse("2026-12-09T10:00:00Z")))
                    .statusCode(201).extract().path("reference");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "changed my mind"))
                    .post("/api/me/bookings/" + gone + "/cancel").then().statusCode(200);
            relay.drain();
            String error = given().auth().oauth2(token).get("/api/me/calendars/").then().extract()
                    .path("find { it.id == " + id + " }.lastError");
            assertNotNull(error, "the failed write shows on the connection");
            assertTrue(error.startsWith("Writing booking HB-"), error);
            assertEquals(2L, waiting(), "both bookings wait, one row each: the cancel superseded the unsent create");

            radicale.restart();
            relay.drain();
            String href = work + writeBack.uid(reference) + ".ics";
            assertEquals(404, radicale.status(href), "a failed write waits its backoff before it is tried again");
            clock.advance(java.time.Duration.ofMinutes(5));
            href = work + writeBack.uid(reference) + ".ics";
            awaitStatus(radicale, href, 200, () -> "");
            assertTrue(radicale.body(href).contains("SUMMARY:Discovery call " + reference + " with Alex Morgan"),
                    "the therapist asked for the client's name in the title");
            assertEquals(404, radicale.status(work + writeBack.uid(gone) + ".ics"),
                    "a booking cancelled before it could be written never appears");
            assertEquals(0L, waiting());
            assertNull(given().auth().oauth2(token).get("/api/me/calendars/").then().extract()
                    .path("find { it.id == " + id + " }.lastError"), "the error goes once the write succeeds");
        }
    }

    private static Number connect(Radicale radicale, String token, String work, Boolean clientName) {
        Number id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "caldav", "url", radicale.url(), "username", Radicale.USER,
                        "password", Radicale.PASSWORD))
                .post("/api/me/calendars").then().statusCode(201).extract().path("id");
        Map<String, Object> choice = new java.util.HashMap<>(Map.of("busy", List.of(work), "write", work));
        if (clientName != null) {
            choice.put("clientNameInTitle", clientName);
        }
        boolean answered = given().auth().oauth2(token).contentType(ContentType.JSON).body(choice)
                .put("/api/me/calendars/" + id).then().statusCode(200).extract().path("clientNameInTitle");
        assertEquals(clientName != null && clientName, answered);
        return id;
    }

    /** What still waits, with its last error, for a failure's message. */
    private static String pending() {
        return QuarkusTransaction.requiringNew().call(() -> CalendarWrite.<CalendarWrite>listAll().stream()
                .map(w -> w.version + "/" + w.attempts + "/" + w.nextAttemptAt + "/" + w.lastError).toList().toString());
    }

    private static long waiting() {
        return QuarkusTransaction.requiringNew().call(() -> CalendarWrite.count());
    }

    /** Runs the relay as the schedule would (it is off in tests, so only the post-commit send and these happen). */
    private void awaitStatus(Radicale radicale, String href, int expected, Supplier<String> connection) throws Exception {
        int status = -1;
        for (int i = 0; i < 100 && status != expected; i++) {
            status = radicale.status(href);
            if (status != expected) {
                Thread.sleep(200);
                // a write that failed (Radicale may drop a kept-alive connection, and writes are not re-sent at
                // once) is tried again after its backoff, as the schedule would
                clock.advance(java.time.Duration.ofMinutes(1));
                relay.drain();
            }
        }
        assertEquals(expected, status, href + " " + connection.get() + pending());
    }

    private void awaitBody(Radicale radicale, String href, String part) throws Exception {
        String body = "";
        for (int i = 0; i < 100 && !body.contains(part); i++) {
            body = radicale.body(href);
            if (!body.contains(part)) {
                Thread.sleep(200);
                clock.advance(java.time.Duration.ofMinutes(1));
                relay.drain();
            }
        }
        assertTrue(body.contains(part), body + pending());
    }
}
