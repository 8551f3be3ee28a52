package app.hearth.availability;

import app.hearth.support.Fixtures;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SlotResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void slotsOfOneTherapistInTheirOwnZoneByDefault() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        given().queryParam("therapist", t.slug).queryParam("from", "2026-12-01").queryParam("to", "2026-12-01")
                .when().get("/api/slots").then()
                .statusCode(200)
                .body("timezone", equalTo("America/Toronto"))
                .body("durationMinutes", equalTo(15))
                .body("slots", hasSize(4))
                .body("slots[0].start", equalTo("2026-12-01T14:00:00Z"))
                .body("slots[0].end", equalTo("2026-12-01T14:15:00Z"))
                .body("slots[0].localDate", equalTo("2026-12-01"))
                .body("slots[0].localTime", equalTo("09:00"))
                .body("slots[0].therapists[0].slug", equalTo(t.slug));
    }

    @Test
    void aVisitorInAnotherZoneSeesTheirOwnDatesAndTimes() {
        Therapist t = fixtures.therapist("slot-vancouver-" + System.nanoTime(), "America/Vancouver",
                Fixtures.NO_LIMITS, List.of(DayOfWeek.TUESDAY), "17:00", "17:30");
        // Tuesday 17:00 in Vancouver is Wednesday 01:00 in London: the window is read in London dates
        Response answer = given().queryParam("therapist", t.slug).queryParam("from", "2026-12-02")
                .queryParam("to", "2026-12-02").queryParam("timezone", "Europe/London")
                .when().get("/api/slots");
        answer.then().statusCode(200)
                .body("timezone", equalTo("Europe/London"))
                .body("slots", hasSize(2))
                .body("slots[0].localDate", equalTo("2026-12-02"))
                .body("slots[0].localTime", equalTo("01:00"))
                .body("slots[0].start", equalTo("2026-12-02T01:00:00Z"));
    }

    @Test
    void timeOffAndReplacementHoursShowAtOnce() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        fixtures.override(t, LocalDate.of(2026, 12, 1), OverrideKind.UNAVAILABLE, null, null);
        fixtures.override(t, LocalDate.of(2026, 12, 2), OverrideKind.AVAILABLE, "15:00", "15:30");
        given().queryParam("therapist", t.slug).queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .when().get("/api/slots").then()
                .statusCode(200)
                .body("slots.localTime", equalTo(List.of("15:00", "15:15")))
                .body("slots.localDate", equalTo(List.of("2026-12-02", "2026-12-02")));
    }

    @Test
    void anyMergesAcceptingTherapistsAndNamesWhoIsFree() {
        Therapist early = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "09:30");
        Therapist late = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:15", "09:45");
        Therapist closed = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "09:45");
        fixtures.setAccepting(closed, false);

        Response answer = given().queryParam("therapist", "any").queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-01").queryParam("timezone", "America/Toronto")
                .when().get("/api/slots");
        answer.then().statusCode(200);
        List<String> at915 = answer.path("slots.find { it.localTime == '09:15' }.therapists.slug");
        List<String> at900 = answer.path("slots.find { it.localTime == '09:00' }.therapists.slug");
        List<String> everyone = answer.path("slots.therapists.slug.flatten()");
        assertTrue(at915.containsAll(List.of(early.slug, late.slug)), "both are free at 09:15");
        assertTrue(at900.contains(early.slug) && !at900.contains(late.slug), "only the early one at 09:00");
        assertTrue(everyone.stream().noneMatch(closed.slug::equals), "not accepting means not offered");
        List<String> starts = answer.path("slots.start");
        assertEquals(starts.stream().sorted().toList(), starts, "sorted by start");
    }

    @Test
    void slotsAlreadyBookedDisappear() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "09:30");
        app.hearth.support.BookingRequests.book(app.hearth.support.BookingRequests.body(t.slug,
                Instant.parse("2026-12-01T14:00:00Z"))).statusCode(201);
        given().queryParam("therapist", t.slug).queryParam("from", "2026-12-01").queryParam("to", "2026-12-01")
                .when().get("/api/slots").then()
                .statusCode(200)
                .body("slots.localTime", equalTo(List.of("09:15")));
    }

    @Test
    void defaultsToTwoWeeksFromTodayInTheZone() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "09:15");
        // now is Monday 30 November 07:00 in Toronto: today and the next 13 days hold ten weekdays
        given().queryParam("therapist", t.slug).when().get("/api/slots").then()
                .statusCode(200)
                .body("slots[0].localDate", equalTo("2026-11-30"))
                .body("slots[-1].localDate", equalTo("2026-12-11"))
                .body("slots", hasSize(10));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            to before from          | from=2026-12-10&to=2026-12-01         | to
            more than 62 days       | from=2026-12-01&to=2027-02-01         | to
            malformed from          | from=01/12/2026&to=2026-12-03         | from
            malformed to            | from=2026-12-01&to=tomorrow           | to
            unknown zone            | from=2026-12-01&timezone=Mars/Olympus | timezone
            offset is not a zone    | from=2026-12-01&timezone=%2B05:00     | timezone
            """)
    void badQueriesAreProblemsNamingTheField(String why, String query, String field) {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        given().urlEncodingEnabled(false).when().get("/api/slots?therapist=" + t.slug + "&" + query).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void sixtyTwoDaysIsAllowed() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "09:15");
        given().queryParam("therapist", t.slug).queryParam("from", "2026-12-01").queryParam("to", "2027-01-31")
                .when().get("/api/slots").then().statusCode(200).body("slots", hasSize(44));
    }

    @Test
    void unknownTherapistIs404() {
        given().queryParam("therapist", "no-such-person").when().get("/api/slots").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
