package app.hearth.common;

import app.hearth.support.Fixtures;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static app.hearth.support.BookingRequests.body;
import static app.hearth.support.BookingRequests.book;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text PostgreSQL cannot store (NUL) and invisible characters that disguise text (bidirectional overrides) are
 * refused with a 400 that names the field, before anything is written; real names in any script still book.
 */
@QuarkusTest
class HostileTextTest {

    /** Tuesday 1 December 2026, 10:00 in Toronto. */
    static final Instant TEN = Instant.parse("2026-12-01T15:00:00Z");

    @Inject
    Fixtures fixtures;

    Therapist therapist;

    @BeforeEach
    void setUp() {
        therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
    }

    @Test
    void aNulInTheAddressIsRefusedBeforeAnyQuery() {
        given().urlEncodingEnabled(false).when().get("/api/slots?therapist=%00" + therapist.slug + "&timezone=UTC")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"));
        given().urlEncodingEnabled(false).when().get("/therapists/%00").then().statusCode(400);
    }

    @Test
    void aNulInAnyJsonStringNamesTheField() {
        Map<String, Object> request = body(therapist.slug, TEN);
        request.put("timezone", "America/Toronto\u0000");
        book(request).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("timezone"));
        // half of a surrogate pair (only a JSON escape can carry one) has no UTF-8 form: it would be stored as "?"
        given().contentType("application/json").body("{\"therapist\":\"" + therapist.slug + "\",\"start\":\"" + TEN
                + "\",\"timezone\":\"UTC\",\"client\":{\"name\":\"Alex\\ud800\",\"email\":\"a@example.org\"},"
                + "\"consent\":true}").when().post("/api/bookings").then().statusCode(400)
                .body("errors.field", hasItem("client.name"));
        assertEquals(0, fixtures.activeBookings(therapist));
    }

    @Test
    void aNulInAHeaderIsRefusedBeforeAnyQuery() throws java.io.IOException {
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/therapists HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Idempotency-Key: abc\u0000def\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals("HTTP/1.1 400", answer.substring(0, 12), answer);
        }
    }

    @Test
    void aNulInAFormFieldIsRefusedWithTheErrorPageBeforeAnyQuery() {
        // the reset request looks the address up: on PostgreSQL a NUL reached that query before
        given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("formToken=x&email=someone%00%40example.org").when().post("/staff/forgot")
                .then().statusCode(400).contentType(containsString("text/html"));
        given().urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body("formToken=x&tz=America%2FToronto%00&name=Alex&email=a%40example.org&consent=yes")
                .when().post("/book/" + therapist.slug)
                .then().statusCode(400).contentType(containsString("text/html"));
        assertEquals(0, fixtures.activeBookings(therapist));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Egnp.exe Alex", "Alex\u2066Morgan", "Alex\u200FMorgan", "Alex\u0000Morgan",
            "Alex\nBcc: someone"})
    void aNameThatHidesOrReordersTextIsRefused(String name) {
        Map<String, Object> request = body(therapist.slug, TEN);
        @SuppressWarnings("unchecked") Map<String, Object> client = (Map<String, Object>) request.get("client");
        client.put("name", name);
        book(request).statusCode(400).body("errors.field", hasItem("client.name"));
        assertEquals(0, fixtures.activeBookings(therapist));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Brontë", "山田 太郎", "أحمد علي", "مهسا\u200Cی"})
    void realNamesInAnyScriptBook(String name) {
        Map<String, Object> request = body(therapist.slug, TEN);
        @SuppressWarnings("unchecked") Map<String, Object> client = (Map<String, Object>) request.get("client");
        client.put("name", name);
        String manage = book(request).statusCode(201).extract().header("Location");
        given().when().get(java.net.URI.create(manage).getPath()).then().statusCode(200)
                .body("client.name", equalTo(name));
    }
}
