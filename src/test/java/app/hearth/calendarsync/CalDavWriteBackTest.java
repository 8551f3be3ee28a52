package app.hearth.calendarsync;

import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static app.hearth.calendarsync.IcsSubscriptionTest.times;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A booking appears in the therapist's chosen Radicale calendar, is not read back as busy twice, and goes on cancel. */
@QuarkusTest
class CalDavWriteBackTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    BookingWriteBack writeBack;

    @Test
    void aBookingIsWrittenIntoTheChosenCalendarAndRemovedOnCancel() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        try (Radicale radicale = Radicale.start()) {
            String work = radicale.calendar("work", "Work");
            Number id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "caldav", "url", radicale.url(), "username", Radicale.USER,
                            "password", Radicale.PASSWORD))
                    .post("/api/me/calendars").then().statusCode(201).extract().path("id");
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("busy", List.of(work), "write", work)).put("/api/me/calendars/" + id)
                    .then().statusCode(200);

            String reference = BookingRequests.book(BookingRequests.body(t.slug, Instant.parse("2026-12-08T14:00:00Z")))
                    .statusCode(201).extract().path("reference");
            String href = work + writeBack.uid(reference) + ".ics";
            awaitStatus(radicale, href, 200);

            given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200);
            assertEquals(List.of("09:15", "09:30", "09:45"), times(t, "2026-12-08"),
                    "the booking blocks its slot once, as a booking, not again as busy time elsewhere");

            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "a clash"))
                    .post("/api/me/bookings/" + reference + "/cancel").then().statusCode(200);
            awaitStatus(radicale, href, 404, () -> given().auth().oauth2(token).get("/api/me/calendars").asString());
        }
    }

    private static void awaitStatus(Radicale radicale, String href, int expected) throws Exception {
        awaitStatus(radicale, href, expected, () -> "");
    }

    private static void awaitStatus(Radicale radicale, String href, int expected,
                                    java.util.function.Supplier<String> connection) throws Exception {
        int status = -1;
        for (int i = 0; i < 300 && status != expected; i++) {
            status = radicale.status(href);
            if (status != expected) {
                Thread.sleep(100);
            }
        }
        if (status != expected) {
            assertEquals(expected, status, href + " " + connection.get());
        }
    }
}
