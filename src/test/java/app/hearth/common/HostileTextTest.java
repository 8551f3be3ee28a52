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
