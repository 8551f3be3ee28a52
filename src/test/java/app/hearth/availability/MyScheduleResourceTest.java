package app.hearth.availability;

import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A therapist changes hours, time off and policy, and the public slots follow at once. */
@QuarkusTest
class MyScheduleResourceTest {

    /** Tuesday 1 December 2026 in Toronto; the test clock stands on Monday 30 November. */
    private static final String TUESDAY = "2026-12-01";

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;

    private Therapist therapist;
    private String token;

    @BeforeEach
    void setUp() {
        therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        token = tokens.therapist(therapist);
    }

    private List<String> publicSlotTimes(String date) {
        return given().queryParam("therapist", therapist.slug).queryParam("from", date).queryParam("to", date)
                .when().get("/api/slots").then().statusCode(200).extract().path("slots.localTime");
    }

    private io.restassured.specification.RequestSpecification asTherapist() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> rule(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    @Test
    void readsTheWeeklyHoursInTheTherapistsZone() {
        asTherapist().when().get("/api/me/schedule").then().statusCode(200)
                .body("timezone", equalTo("America/Toronto"))
                .body("rules", hasSize(5))
                .body("rules[0].day", equalTo("MONDAY"))
                .body("rules[0].start", equalTo("09:00"))
                .body("rules[0].end", equalTo("17:00"));
    }

    @Test
    void newHoursChangeThePublicSlotsAtOnce() {
        assertWholeDay(publicSlotTimes(TUESDAY));
        asTherapist().body(Map.of("timezone", "America/Toronto", "rules", List.of(rule("TUESDAY", "13:00", "14:00"))))
                .when().put("/api/me/schedule").then().statusCode(200)
                .body("rules", hasSize(1))
                .body("conflicts", empty());
        assertEquals(List.of("13:00", "13:15", "13:30", "13:45"), publicSlotTimes(TUESDAY));
    }

    private static void assertWholeDay(List<String> slotTimes) {
        assertEquals(32, slotTimes.size(), "09:00 to 17:00 is 32 quarter hours");
    }

    @Test
    void bookingsLeftOutsideNewHoursComeBackAsConflictsAndStayBooked() {
        Instant nineAm = Instant.parse("2026-12-01T14:00:00Z");
        String reference = BookingRequests.book(BookingRequests.body(therapist.slug, nineAm)).statusCode(201)
                .extract().path("reference");
        asTherapist().body(Map.of("timezone", "America/Toronto", "rules", List.of(rule("TUESDAY", "13:00", "17:00"))))
                .when().put("/api/me/schedule").then().statusCode(200)
                .body("conflicts.reference", contains(reference))
                .body("conflicts[0].start", equalTo("2026-12-01T14:00:00Z"));
        asTherapist().queryParam("from", TUESDAY).queryParam("to", TUESDAY).when().get("/api/me/bookings").then()
                .statusCode(200).body("find { it.reference == '" + reference + "' }.status", equalTo("CONFIRMED"));
    }

    @Test
    void movingToAnotherZoneKeepsLocalHoursAndReportsBookingsThatNoLongerFit() {
        Instant nineAmToronto = Instant.parse("2026-12-01T14:00:00Z");
        String reference = BookingRequests.book(BookingRequests.body(therapist.slug, nineAmToronto)).statusCode(201)
                .extract().path("reference");
        asTherapist().body(Map.of("timezone", "Europe/London", "rules", List.of(rule("TUESDAY", "09:00", "12:00"))))
                .when().put("/api/me/schedule").then().statusCode(200)
                .body("timezone", equalTo("Europe/London"))
                .body("conflicts.reference", contains(reference));
        given().queryParam("therapist", therapist.slug).queryParam("from", TUESDAY).queryParam("to", TUESDAY)
                .when().get("/api/slots").then().statusCode(200)
                .body("timezone", equalTo("Europe/London"))
                .body("slots[0].start", equalTo("2026-12-01T09:00:00Z"));
    }

    @Test
    void overlappingOrBackwardHoursAreRefusedFieldByField() {
        asTherapist().body(Map.of("timezone", "America/Toronto", "rules", List.of(
                        rule("MONDAY", "09:00", "12:00"), rule("MONDAY", "11:00", "13:00"), rule("FRIDAY", "15:00", "10:00"))))
                .when().put("/api/me/schedule").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("rules[1]", "rules[2].end"));
        asTherapist().when().get("/api/me/schedule").then().body("rules", hasSize(5));
    }

    @Test
    void unknownZonesDaysAndTimesAreA400() {
        asTherapist().body(Map.of("timezone", "Mars/Olympus", "rules", List.of()))
                .when().put("/api/me/schedule").then().statusCode(400).body("errors[0].field", equalTo("timezone"));
        asTherapist().body(Map.of("timezone", "UTC", "rules", List.of(rule("FUNDAY", "09:00", "10:00"))))
                .when().put("/api/me/schedule").then().statusCode(400).contentType("application/problem+json");
        asTherapist().body(Map.of("timezone", "UTC", "rules", List.of(rule("MONDAY", "25:00", "26:00"))))
                .when().put("/api/me/schedule").then().statusCode(400).contentType("application/problem+json");
        asTherapist().body("{\"timezone\": \"UTC\", \"rules\": [").when().put("/api/me/schedule").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDayOffEmptiesThatDateAndRemovingItBringsTheSlotsBack() {
        Integer id = asTherapist().body(Map.of("date", TUESDAY, "kind", "UNAVAILABLE"))
                .when().post("/api/me/time-off").then().statusCode(201)
                .body("kind", equalTo("UNAVAILABLE"))
                .body("conflicts", empty())
                .extract().path("id");
        assertEquals(List.of(), publicSlotTimes(TUESDAY));
        asTherapist().when().get("/api/me/time-off").then().statusCode(200).body("id", hasItem(id));
        asTherapist().when().delete("/api/me/time-off/" + id).then().statusCode(200).body("conflicts", empty());
        assertWholeDay(publicSlotTimes(TUESDAY));
    }

    @Test
    void extraHoursReplaceTheDaysHoursAndTimeOffOverABookingIsAConflict() {
        asTherapist().body(Map.of("date", TUESDAY, "kind", "AVAILABLE", "start", "18:00", "end", "18:30"))
                .when().post("/api/me/time-off").then().statusCode(201).body("start", equalTo("18:00"));
        assertEquals(List.of("18:00", "18:15"), publicSlotTimes(TUESDAY));

        String reference = BookingRequests.book(BookingRequests.body(therapist.slug, Instant.parse("2026-12-01T23:00:00Z")))
                .statusCode(201).extract().path("reference");
        asTherapist().body(Map.of("date", TUESDAY, "kind", "UNAVAILABLE", "start", "17:30", "end", "19:00"))
                .when().post("/api/me/time-off").then().statusCode(201)
                .body("conflicts.reference", contains(reference));
    }

    @Test
    void timeOffMustBeFutureAndConsistent() {
        asTherapist().body(Map.of("date", "2026-11-01", "kind", "UNAVAILABLE"))
                .when().post("/api/me/time-off").then().statusCode(400).body("errors[0].field", equalTo("date"));
        asTherapist().body(Map.of("date", TUESDAY, "kind", "AVAILABLE"))
                .when().post("/api/me/time-off").then().statusCode(400).body("errors[0].field", equalTo("start"));
        asTherapist().body(Map.of("date", TUESDAY, "kind", "UNAVAILABLE", "start", "12:00", "end", "11:00"))
                .when().post("/api/me/time-off").then().statusCode(400).body("errors[0].field", equalTo("end"));
        asTherapist().body(Map.of("date", TUESDAY, "kind", "UNAVAILABLE", "start", "12:00"))
                .when().post("/api/me/time-off").then().statusCode(400).body("errors[0].field", equalTo("end"));
        asTherapist().body(Map.of("date", TUESDAY, "kind", "SOMETIMES"))
                .when().post("/api/me/time-off").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anotherTherapistsTimeOffIsNotFound() {
        Integer id = asTherapist().body(Map.of("date", TUESDAY, "kind", "UNAVAILABLE"))
                .when().post("/api/me/time-off").then().statusCode(201).extract().path("id");
        Therapist other = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().auth().oauth2(tokens.therapist(other)).when().delete("/api/me/time-off/" + id).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(tokens.therapist(other)).when().get("/api/me/time-off").then()
                .statusCode(200).body("id", not(hasItem(id)));
        assertEquals(List.of(), publicSlotTimes(TUESDAY));
    }

    @Test
    void bookingPolicyIsReadAndChangedAndAppliesToSlots() {
        asTherapist().when().get("/api/me/booking-policy").then().statusCode(200)
                .body("minimumNoticeHours", equalTo(0)).body("horizonDays", equalTo(365));
        asTherapist().body(Map.of("bufferBeforeMinutes", 0, "bufferAfterMinutes", 0, "minimumNoticeHours", 72,
                        "horizonDays", 60, "maxPerDay", 4))
                .when().put("/api/me/booking-policy").then().statusCode(200).body("minimumNoticeHours", equalTo(72));
        assertEquals(List.of(), publicSlotTimes(TUESDAY), "72 h notice hides Tuesday");
        assertEquals(List.of(), publicSlotTimes("2027-02-16"), "60 days ahead at most");
        assertWholeDay(publicSlotTimes("2026-12-04"));
    }

    @Test
    void anInvalidPolicyIsRefusedWithItsFields() {
        asTherapist().body(Map.of("bufferBeforeMinutes", -5, "bufferAfterMinutes", 0, "minimumNoticeHours", 0,
                        "horizonDays", 0, "maxPerDay", 4))
                .when().put("/api/me/booking-policy").then().statusCode(400)
                .body("errors.field", contains("bufferBeforeMinutes", "horizonDays"));
    }
}
