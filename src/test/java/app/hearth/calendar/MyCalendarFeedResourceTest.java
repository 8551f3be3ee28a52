package app.hearth.calendar;

import app.hearth.auth.User;
import io.quarkus.narayana.jta.QuarkusTransaction;

import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A therapist issues their own feed URL; a new one retires the old, and no one else's feed is reachable. */
@QuarkusTest
class MyCalendarFeedResourceTest {

    @Inject
    Tokens tokens;
    @Inject
    Fixtures fixtures;

    @Test
    void aNewFeedUrlWorksAndRetiresThePreviousOne() {
        Therapist therapist = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        String token = tokens.therapist(therapist);
        String first = given().auth().oauth2(token).post("/api/me/calendar-feed").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("url", matchesPattern("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics"))
                .extract().path("url");
        given().get(path(first)).then().statusCode(200).contentType("text/calendar")
                .body(containsString("METHOD:PUBLISH")).body(containsString(therapist.name));

        String second = given().auth().oauth2(token).post("/api/me/calendar-feed").then().statusCode(200)
                .extract().path("url");
        assertNotEquals(first, second);
        given().get(path(first)).then().statusCode(404).contentType("application/problem+json");
        given().get(path(second)).then().statusCode(200);
    }

    @Test
    void aDeactivatedTherapistsFeedStopsForGood() {
        Therapist therapist = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        String url = given().auth().oauth2(tokens.therapist(therapist)).post("/api/me/calendar-feed").then()
                .statusCode(200).extract().path("url");
        given().get(path(url)).then().statusCode(200).header("Cache-Control", "no-store");

        given().auth().oauth2(tokens.admin()).contentType("application/json").post("/api/admin/therapists/" + therapist.id + "/deactivate")
                .then().statusCode(200);
        given().get(path(url)).then().statusCode(404);
        given().auth().oauth2(tokens.admin()).contentType("application/json").post("/api/admin/therapists/" + therapist.id + "/activate")
                .then().statusCode(200);
        given().get(path(url)).then().statusCode(404);
    }

    @Test
    void aDisabledLoginsFeedStops() {
        Therapist therapist = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        String url = given().auth().oauth2(tokens.therapist(therapist)).post("/api/me/calendar-feed").then()
                .statusCode(200).extract().path("url");
        QuarkusTransaction.requiringNew().run(() -> User.update("active = false where therapist.id = ?1", therapist.id));
        given().get(path(url)).then().statusCode(404).header("Cache-Control", "no-store");
    }

    @Test
    void onlyTherapistsHaveFeeds() {
        given().post("/api/me/calendar-feed").then().statusCode(401);
        given().auth().oauth2(tokens.admin()).post("/api/me/calendar-feed").then().statusCode(403)
                .contentType("application/problem+json");
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/calendar/"));
    }
}
