package app.hearth.booking;

import app.hearth.therapist.BookingPolicy;
import app.hearth.support.Fixtures;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static app.hearth.support.BookingRequests.body;
import static app.hearth.support.BookingRequests.book;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class BookingResourceTest {

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
    void bookingAFreeSlotAnswers201WithAManageToken() {
        ExtractableResponse<Response> created = book(body(therapist.slug, TEN))
                .statusCode(201)
                .header("Location", containsString("/api/bookings/manage/"))
                .body("reference", matchesPattern("HB-[2-9A-Z]{4}-[2-9A-Z]{4}"))
                .body("status", equalTo("CONFIRMED"))
                .body("start", equalTo("2026-12-01T15:00:00Z"))
                .body("end", equalTo("2026-12-01T15:15:00Z"))
                .body("timezone", equalTo("America/Toronto"))
                .body("therapist.slug", equalTo(therapist.slug))
                .body("therapist.name", equalTo(therapist.name))
                .body("manageToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("manageUrl", startsWith("http://localhost:8080/manage/"))
                .extract();
        String token = created.path("manageToken");
        given().when().get(java.net.URI.create(created.header("Location")).getPath()).then().statusCode(200)
                .body("reference", equalTo(created.path("reference")))
                .body("client.name", equalTo("Alex Morgan"))
                .body("client.email", equalTo("alex@example.org"))
                .body("message", equalTo("Looking for help with anxiety."))
                .body("changeable", equalTo(true))
                .body("manageToken", emptyOrNullString());
        assertEquals(1, fixtures.activeBookings(therapist));
        assertNotEquals(token, fixtures.storedTokenHash(created.path("reference")), "only a hash is stored");
    }

    @Test
    void theSameSlotCannotBeBookedTwice() {
        book(body(therapist.slug, TEN)).statusCode(201);
        book(body(therapist.slug, TEN)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/slot-taken"));
        assertEquals(1, fixtures.activeBookings(therapist));
    }

    @Test
    void buffersRefuseAnOverlappingNeighbour() {
        Therapist buffered = fixtures.therapist("America/Toronto", new BookingPolicy(15, 15, 0, 365, 96), "09:00", "12:00");
        book(body(buffered.slug, TEN)).statusCode(201);
        book(body(buffered.slug, TEN.plusSeconds(900))).statusCode(409);
        book(body(buffered.slug, TEN.minusSeconds(900))).statusCode(409);
        book(body(buffered.slug, TEN.plusSeconds(1800))).statusCode(201);
    }

    @Test
    void rescheduleKeepsTheReferenceAndFreesTheOldTime() {
        ExtractableResponse<Response> created = book(body(therapist.slug, TEN)).statusCode(201).extract();
        String token = created.path("manageToken");
        Instant later = TEN.plusSeconds(3600);

        given().contentType(ContentType.JSON).body(Map.of("start", later.toString()))
                .when().post("/api/bookings/manage/" + token + "/reschedule").then()
                .statusCode(200)
                .body("reference", equalTo(created.path("reference")))
                .body("start", equalTo(later.toString()))
                .body("status", equalTo("CONFIRMED"));
        given().queryParam("therapist", therapist.slug).queryParam("from", "2026-12-01").queryParam("to", "2026-12-01")
                .when().get("/api/slots").then()
                .body("slots.start", hasItem(TEN.toString()))
                .body("slots.start", not(hasItem(later.toString())));
        book(body(therapist.slug, TEN)).statusCode(201);
    }

    @Test
    void rescheduleOntoATakenSlotIs409AndChangesNothing() {
        String token = book(body(therapist.slug, TEN)).statusCode(201).extract().path("manageToken");
        book(body(therapist.slug, TEN.plusSeconds(900))).statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("start", TEN.plusSeconds(900).toString()))
                .when().post("/api/bookings/manage/" + token + "/reschedule").then().statusCode(409);
        given().when().get("/api/bookings/manage/" + token).then().body("start", equalTo(TEN.toString()));
    }

    @Test
    void cancelIsIdempotentAndFreesTheTime() {
        String token = book(body(therapist.slug, TEN)).statusCode(201).extract().path("manageToken");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(Map.of("reason", "Found another therapist"))
                    .when().post("/api/bookings/manage/" + token + "/cancel").then()
                    .statusCode(200)
                    .body("status", equalTo("CANCELLED"))
                    .body("cancelReason", equalTo("Found another therapist"))
                    .body("changeable", equalTo(false));
        }
        assertEquals(0, fixtures.activeBookings(therapist));
        book(body(therapist.slug, TEN)).statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("start", TEN.plusSeconds(900).toString()))
                .when().post("/api/bookings/manage/" + token + "/reschedule").then().statusCode(409)
                .body("type", equalTo("/problems/booking-cancelled"));
    }

    @Test
    void cancelWithAnEmptyJsonBodyWorks() {
        String token = book(body(therapist.slug, TEN)).statusCode(201).extract().path("manageToken");
        given().contentType(ContentType.JSON).when().post("/api/bookings/manage/" + token + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void unknownOrMalformedTokensAre404() {
        for (String token : List.of("x", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%0d%0aSet-Cookie:a=b")) {
            given().urlEncodingEnabled(false).when().get("/api/bookings/manage/" + token).then()
                    .statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void anyBooksSomeoneFreeAtThatTime() {
        fixtures.retireAllTherapists();
        Therapist a = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
        Therapist b = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
        String first = book(body("any", TEN)).statusCode(201).extract().path("therapist.slug");
        String second = book(body("any", TEN)).statusCode(201).extract().path("therapist.slug");
        assertNotEquals(first, second, "the second goes to whoever is still free");
        assertEquals(List.of(a.slug, b.slug).stream().sorted().toList(), List.of(first, second).stream().sorted().toList());
        book(body("any", TEN)).statusCode(409);
    }

    @Test
    void anyWithNobodyAvailableAtThatHourIs400() {
        book(body("any", Instant.parse("2026-12-01T08:07:00Z"))).statusCode(400).body("errors[0].field", equalTo("start"));
    }

    @Test
    void idempotencyKeyReturnsTheFirstAnswerAndNeverBooksTwice() {
        Map<String, Object> request = body(therapist.slug, TEN);
        String key = "retry-" + System.nanoTime();
        ExtractableResponse<Response> first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post("/api/bookings").then().statusCode(201).extract();
        ExtractableResponse<Response> again = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).when().post("/api/bookings").then().statusCode(201).extract();
        assertEquals(first.<String>path("reference"), again.path("reference"));
        assertEquals(first.<String>path("manageToken"), again.path("manageToken"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(1, fixtures.activeBookings(therapist));

        request.put("message", "a different body");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(request)
                .when().post("/api/bookings").then().statusCode(409)
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            past                     | 2026-11-30T10:00:00Z | start
            inside minimum notice    | 2026-11-30T15:00:00Z | start
            beyond the horizon       | 2027-01-12T15:00:00Z | start
            not on a slot boundary   | 2026-12-01T15:07:00Z | start
            outside working hours    | 2026-12-01T23:00:00Z | start
            on a weekend             | 2026-12-05T15:00:00Z | start
            """)
    void startsThatAreNotBookableAreRefusedWithTheField(String why, String start, String field) {
        Therapist strict = fixtures.therapist("America/Toronto", new BookingPolicy(0, 0, 24, 30, 96), "09:00", "17:00");
        book(body(strict.slug, Instant.parse(start))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
        assertEquals(0, fixtures.activeBookings(strict));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown therapist        | therapist       | nobody-here
            unknown zone             | timezone        | Mars/Olympus
            an offset is not a zone  | timezone        | +05:00
            invalid email            | client.email    | alex@@example
            email with a name        | client.email    | Alex <alex@example.org>
            email with CR/LF         | client.email    | alex@example.org\\r\\nBcc: x@y.org
            name with CR/LF          | client.name     | Alex\\r\\nBcc: x@y.org
            name with a control char | client.name     | Alex\\u0007
            blank name               | client.name     | ' '
            phone with letters       | client.phone    | call me maybe
            consent false            | consent         | false
            """)
    void invalidFieldsAreNamedInTheProblem(String why, String field, String value) {
        Map<String, Object> request = body(therapist.slug, TEN);
        String unescaped = value.replace("\\r", "\r").replace("\\n", "\n").replace("\\u0007", "\u0007");
        set(request, field, field.equals("consent") ? Boolean.valueOf(unescaped) : unescaped);
        book(request).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body("detail", notNullValue());
        assertEquals(0, fixtures.activeBookings(therapist));
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/bookings").then()
                .statusCode(400)
                .body("errors.field", hasItem("therapist"))
                .body("errors.field", hasItem("start"))
                .body("errors.field", hasItem("timezone"))
                .body("errors.field", hasItem("client"))
                .body("errors.field", hasItem("consent"));
    }

    @Test
    void missingConsentIsRefused() {
        Map<String, Object> request = body(therapist.slug, TEN);
        request.remove("consent");
        book(request).statusCode(400).body("errors.field", hasItem("consent"));
    }

    @Test
    void malformedJsonIsA400ProblemWithoutInternals() {
        given().contentType(ContentType.JSON).body("{\"therapist\": \"x\", ").when().post("/api/bookings").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void aWronglyTypedFieldIsNamed() {
        Map<String, Object> request = body(therapist.slug, TEN);
        request.put("start", "next tuesday");
        book(request).statusCode(400).body("errors[0].field", equalTo("start"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType(ContentType.TEXT).body("therapist=x").when().post("/api/bookings").then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void bodiesOver64KiBAre413() {
        Map<String, Object> request = body(therapist.slug, TEN);
        request.put("message", "x".repeat(70 * 1024));
        book(request).statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertEquals(0, fixtures.activeBookings(therapist));
    }

    @Test
    void aLongMessageUnderTheBodyLimitIsStillAFieldError() {
        Map<String, Object> request = body(therapist.slug, TEN);
        request.put("message", "x".repeat(5000));
        book(request).statusCode(400).body("errors[0].field", equalTo("message"));
    }

    @Test
    void therapistsNotTakingNewClientsCannotBeBooked() {
        fixtures.setAccepting(therapist, false);
        book(body(therapist.slug, TEN)).statusCode(409);
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> request, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> target = request;
        for (int i = 0; i < parts.length - 1; i++) {
            target = (Map<String, Object>) target.get(parts[i]);
        }
        target.put(parts[parts.length - 1], value);
    }

}
