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
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An unchanged CalDAV account is not read again (its calendars' CTags are the same), a changed one is, and the slot
 * answers stay right either way. Requests are counted in Radicale's own log.
 */
@QuarkusTest
class CalDavIncrementalTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;

    @Test
    void aSecondSyncOfAnUnchangedAccountReadsNoEventsAndAChangeIsRead() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String token = tokens.therapist(t);
        try (Radicale radicale = Radicale.start()) {
            String work = radicale.calendar("work", "Work");
            String personal = radicale.calendar("personal", "Personal");
            assertEquals(201, radicale.put(work, "weekly", CalDavSyncTest.weekly(null)));
            assertEquals(201, radicale.put(personal, "dentist", CalDavSyncTest.DENTIST));
            Number id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "caldav", "url", radicale.url(), "username", Radicale.USER,
                            "password", Radicale.PASSWORD))
                    .post("/api/me/calendars").then().statusCode(201).extract().path("id");
            sync(token, id); // the first read found the calendars; this one notes the tags they were read at

            long reports = radicale.requests("REPORT");
            sync(token, id);
            assertEquals(reports, radicale.requests("REPORT"), "nothing changed, so no event was read again");
            assertEquals(List.of("09:30", "09:45"), times(t, "2026-12-07"), "the weekly event still blocks");
            assertEquals(List.of("09:15", "09:30", "09:45"), times(t, "2026-12-08"), "so does the dentist");

            assertEquals(201, radicale.put(personal, "massage", CalDavSyncTest.DENTIST
                    .replace("dentist@", "massage@").replace("T140000Z", "T143000Z").replace("T141500Z", "T144500Z")));
            sync(token, id);
            long read = radicale.requests("REPORT") - reports;
            // the stored busy time is per connection, so a change in one calendar reads each busy calendar once
            assertEquals(2, read, "one calendar-query per busy calendar, once");
            assertEquals(List.of("09:15", "09:45"), times(t, "2026-12-08"), "the new event blocks its slot");
            assertEquals(List.of("09:30", "09:45"), times(t, "2026-12-07"));
        }
    }

    private static void sync(String token, Number id) {
        given().auth().oauth2(token).post("/api/me/calendars/" + id + "/sync").then().statusCode(200)
                .body("state", equalTo("OK"));
    }
}
