package app.hearth.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Builds booking request bodies and sends them, so tests read as what a client does. */
public final class BookingRequests {

    private BookingRequests() {
    }

    public static Map<String, Object> body(String therapist, Instant start) {
        Map<String, Object> client = new HashMap<>();
        client.put("name", "Alex Morgan");
        client.put("email", "alex@example.org");
        client.put("phone", "+1 416 555 0100");
        Map<String, Object> body = new HashMap<>();
        body.put("therapist", therapist);
        body.put("start", start.toString());
        body.put("timezone", "America/Toronto");
        body.put("client", client);
        body.put("message", "Looking for help with anxiety.");
        body.put("consent", true);
        return body;
    }

    public static ValidatableResponse book(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/bookings").then();
    }
}
