package app.hearth.booking;

import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MyBookingsResourceTest {

    private static final Instant TUESDAY_NINE = Instant.parse("2026-12-01T14:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    TestClock clock;
    @Inject
    RecordedBookingEvents events;

    private Therapist therapist;
    private String token;

    @BeforeEach
    void setUp() {
        therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        token = tokens.therapist(therapist);
    }

    private String book(Instant start) {
        return BookingRequests.book(BookingRequests.body(therapist.slug, start)).statusCode(201).extract().path("reference");
    }

    @Test
    void listsOwnBookingsWithTheClientBetweenDates() {
        String first = book(TUESDAY_NINE);
        String second = book(TUESDAY_NINE.plus(Duration.ofDays(1)));
        given().auth().oauth2(token).queryParam("from", "2026-12-01").queryParam("to", "2026-12-01")
                .when().get("/api/me/bookings").then().statusCode(200)
                .body("reference", contains(first))
                .body("[0].client.name", equalTo("Alex Morgan"))
                .body("[0].clientTimezone", equalTo("America/Toronto"))
                .body("[0].status", equalTo("CONFIRMED"));
        given().auth().oauth2(token).when().get("/api/me/bookings").then().statusCode(200)
                .body("reference", contains(first, second));
    }

    @Test
    void anotherTherapistsBookingsAreNeitherListedNorCancellable() {
        String reference = book(TUESDAY_NINE);
        Therapist other = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String otherToken = tokens.therapist(other);
        given().auth().oauth2(otherToken).when().get("/api/me/bookings").then().statusCode(200)
                .body("reference", not(hasItem(reference)));
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).body(Map.of("reason", "mine now"))
                .when().post("/api/me/bookings/" + reference + "/cancel").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/api/me/bookings").then()
                .body("find { it.reference == '" + reference + "' }.status", equalTo("CONFIRMED"));
    }

    @Test
    void cancellingTellsTheClientAndFreesTheSlot() {
        String reference = book(TUESDAY_NINE);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "I am unwell that day"))
                .when().post("/api/me/bookings/" + reference + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("THERAPIST"))
                .body("cancelReason", equalTo("I am unwell that day"));
        assertEquals(List.of("CREATED " + reference + " null", "CANCELLED " + reference + " THERAPIST"),
                events.about(reference));
        given().queryParam("therapist", therapist.slug).queryParam("from", "2026-12-01").queryParam("to", "2026-12-01")
                .when().get("/api/slots").then().statusCode(200).body("slots.start", hasItem("2026-12-01T14:00:00Z"));
        // cancelling again changes nothing and tells no one twice
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/me/bookings/" + reference + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertEquals(2, events.about(reference).size());
    }

    @Test
    void aPastCallCannotBeCancelled() {
        String reference = book(TUESDAY_NINE);
        clock.set(TUESDAY_NINE.plus(Duration.ofHours(1)));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/me/bookings/" + reference + "/cancel").then().statusCode(409);
    }

    @Test
    void aReasonWithControlCharactersIsRefused() {
        String reference = book(TUESDAY_NINE);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "bad\u0007bell"))
                .when().post("/api/me/bookings/" + reference + "/cancel").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void badDateRangesAreA400() {
        given().auth().oauth2(token).queryParam("from", "2026-12-10").queryParam("to", "2026-12-01")
                .when().get("/api/me/bookings").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(token).queryParam("from", "2026-01-01").queryParam("to", "2027-06-01")
                .when().get("/api/me/bookings").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(token).queryParam("from", "tomorrow")
                .when().get("/api/me/bookings").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
