package app.hearth.availability;

import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.LongCacheProfile;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With slot answers cached for a minute, changes made through the service still show on the very next query. */
@QuarkusTest
@TestProfile(LongCacheProfile.class)
class SlotCacheTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;

    private List<String> tuesdayTimes(Therapist t) {
        return given().queryParam("therapist", t.slug).queryParam("from", "2026-12-01").queryParam("to", "2026-12-01")
                .when().get("/api/slots").then().statusCode(200).extract().path("slots.localTime");
    }

    @Test
    void newWeeklyHoursShowAtOnce() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "09:30");
        assertTimes(List.of("09:00", "09:15"), tuesdayTimes(t));

        given().auth().oauth2(tokens.therapist(t)).contentType(ContentType.JSON)
                .body(Map.of("timezone", "America/Toronto",
                        "rules", List.of(Map.of("day", "TUESDAY", "start", "14:00", "end", "14:15"))))
                .when().put("/api/me/schedule").then().statusCode(200);
        assertTimes(List.of("14:00"), tuesdayTimes(t));
    }

    @Test
    void timeOffAndBookingsShowAtOnce() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "09:45");
        assertTimes(List.of("09:00", "09:15", "09:30"), tuesdayTimes(t));

        BookingRequests.book(BookingRequests.body(t.slug, Instant.parse("2026-12-01T14:00:00Z"))).statusCode(201);
        assertTimes(List.of("09:15", "09:30"), tuesdayTimes(t));

        given().auth().oauth2(tokens.therapist(t)).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-12-01", "kind", "UNAVAILABLE", "start", "09:30", "end", "09:45"))
                .when().post("/api/me/time-off").then().statusCode(201);
        assertTimes(List.of("09:15"), tuesdayTimes(t));
    }

    private static void assertTimes(List<String> expected, List<String> actual) {
        org.hamcrest.MatcherAssert.assertThat(actual, equalTo(expected));
    }
}
