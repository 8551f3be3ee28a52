package app.hearth.booking;

import app.hearth.support.BookingForms;
import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.support.ProofOfWorkProfile;
import app.hearth.support.Puzzles;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static app.hearth.support.BookingRequests.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anonymous booking with the limits a practice has when it switches the puzzle on (ProofOfWorkProfile): a solved,
 * unused puzzle; a few attempts per address, per email and per therapist-day; two upcoming calls per email.
 */
@QuarkusTest
@TestProfile(ProofOfWorkProfile.class)
class BookingLimitsTest {

    /** Tuesday 1 December 2026, 10:00 in Toronto; the therapist works 9:00-12:00 every day. */
    static final Instant TEN = Instant.parse("2026-12-01T15:00:00Z");

    @Inject
    Fixtures fixtures;

    Therapist therapist;
    String address;

    @BeforeEach
    void setUp() {
        therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
        // each test books from its own address, so the address buckets of other tests do not matter
        address = "198.51." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
    }

    @Test
    void aBookingWithoutASolvedPuzzleIsRefusedAndNothingIsWritten() {
        send(request(TEN, "nopuzzle@example.org"), null).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("proofOfWork"));
        send(request(TEN, "nopuzzle@example.org"), "e30=").statusCode(400).body("errors.field", hasItem("proofOfWork"));
        given().when().get("/api/bookings/challenge").then().statusCode(200).body("required", equalTo(true))
                .body("algorithm", equalTo("SHA-256")).header("Cache-Control", "no-store");
        assertEquals(0, fixtures.activeBookings(therapist));
    }

    @Test
    void aSolvedPuzzleBooksOnceAndItsReplayIsRefused() {
        String proof = Puzzles.solved();
        send(request(TEN, "solver@example.org"), proof).statusCode(201);
        send(request(TEN.plus(Duration.ofMinutes(15)), "solver@example.org"), proof).statusCode(400)
                .body("errors[0].message", equalTo("was already used: solve a new challenge"));
        assertEquals(1, fixtures.activeBookings(therapist));
    }

    @Test
    void oneAddressGetsAFewAttemptsThenA429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            send(request(TEN.plus(Duration.ofMinutes(15L * i)), "person" + i + "@example.org"), Puzzles.solved())
                    .statusCode(201);
        }
        send(request(TEN.plus(Duration.ofMinutes(45)), "person3@example.org"), Puzzles.solved()).statusCode(429)
                .contentType("application/problem+json").body("type", equalTo("/problems/rate-limited"))
                .header("Retry-After", notNullValue());
        assertEquals(3, fixtures.activeBookings(therapist));
        address = "203.0.113.9";
        send(request(TEN.plus(Duration.ofMinutes(45)), "person3@example.org"), Puzzles.solved()).statusCode(201);
    }

    @Test
    void oneEmailHoldsTwoUpcomingCallsUntilItCancelsOne() {
        String first = send(request(TEN, "twice@example.org"), Puzzles.solved()).statusCode(201)
                .extract().path("manageToken");
        address = "203.0.113.10";
        send(request(TEN.plus(Duration.ofDays(1)), "Twice@Example.org"), Puzzles.solved()).statusCode(201);
        address = "203.0.113.11";
        send(request(TEN.plus(Duration.ofDays(2)), "twice@example.org"), Puzzles.solved()).statusCode(409)
                .body("type", equalTo("/problems/too-many-bookings"));
        assertEquals(2, fixtures.activeBookings(therapist));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/bookings/manage/" + first + "/cancel")
                .then().statusCode(200);
        send(request(TEN.plus(Duration.ofDays(2)), "twice@example.org"), Puzzles.solved()).statusCode(201);
    }

    @Test
    void fourBookingsForOneEmailSentAtOnceToFourTherapistsGetTwoCalls() throws Exception {
        List<Therapist> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00"));
        }
        List<String> proofs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            proofs.add(Puzzles.solved());
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    Map<String, Object> request = request(TEN, "at-once@example.org");
                    request.put("therapist", four.get(n).slug);
                    go.await();
                    return given().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2." + (100 + n))
                            .header("Hearth-Proof-Of-Work", proofs.get(n)).body(request)
                            .when().post("/api/bookings").statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            statuses.sort(null);
            assertEquals(List.of(201, 201, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, four.stream().mapToLong(fixtures::activeBookings).sum());
    }

    @Test
    void oneTherapistDayTakesAFewAttemptsFromAnywhere() {
        for (int i = 0; i < 4; i++) {
            address = "192.0.2." + (10 + i);
            send(request(TEN.plus(Duration.ofMinutes(15L * i)), "day" + i + "@example.org"), Puzzles.solved())
                    .statusCode(201);
        }
        address = "192.0.2.20";
        send(request(TEN.plus(Duration.ofMinutes(60)), "day4@example.org"), Puzzles.solved()).statusCode(429);
        send(request(TEN.plus(Duration.ofDays(1)), "day4@example.org"), Puzzles.solved()).statusCode(201);
    }

    @Test
    void theFormCarriesAPuzzleExplainsItWithoutJavaScriptAndBooksWhenSolved() {
        Page form = BookingForms.detailsForm("/book", therapist.slug, TEN.toString());
        var box = form.element("[data-proof-of-work]");
        assertTrue(form.document().select("noscript").text().contains("needs JavaScript"), form::text);
        assertEquals("/js/proof-of-work.js", form.element("script[src=/js/proof-of-work.js]").attr("src"));
        given().when().get("/js/proof-of-work.js").then().statusCode(200);

        Response unsolved = post(form, "");
        assertEquals(400, unsolved.statusCode());
        assertTrue(Page.of(unsolved.asString()).errorSummary().toString().contains("proofOfWork"));

        String proof = Puzzles.solve(box.attr("data-challenge"), box.attr("data-salt"), box.attr("data-signature"),
                Integer.parseInt(box.attr("data-maxnumber")));
        Response booked = post(form, proof);
        assertEquals(200, booked.statusCode(), booked::asString);
        assertEquals(1, fixtures.activeBookings(therapist));
    }

    @Test
    void anAddressOverItsLimitSeesTheErrorPageWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            send(request(TEN.plus(Duration.ofMinutes(15L * i)), "page" + i + "@example.org"), Puzzles.solved())
                    .statusCode(201);
        }
        Page form = BookingForms.detailsForm("/book", therapist.slug, TEN.plus(Duration.ofMinutes(45)).toString());
        var box = form.element("[data-proof-of-work]");
        Response refused = post(form, Puzzles.solve(box.attr("data-challenge"), box.attr("data-salt"),
                box.attr("data-signature"), Integer.parseInt(box.attr("data-maxnumber"))));
        assertEquals(429, refused.statusCode());
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        assertTrue(refused.header("Retry-After") != null);
        assertEquals(3, fixtures.activeBookings(therapist));
    }

    private Map<String, Object> request(Instant start, String email) {
        Map<String, Object> request = body(therapist.slug, start);
        @SuppressWarnings("unchecked") Map<String, Object> client = (Map<String, Object>) request.get("client");
        client.put("email", email);
        return request;
    }

    private ValidatableResponse send(Map<String, Object> request, String proof) {
        var call = given().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(request);
        if (proof != null) {
            call = call.header("Hearth-Proof-Of-Work", proof);
        }
        return call.when().post("/api/bookings").then();
    }

    private Response post(Page form, String proof) {
        return given().header("X-Forwarded-For", address)
                .formParam("formToken", form.value("formToken")).formParam("requestKey", form.value("requestKey"))
                .formParam("start", form.value("start")).formParam("tz", form.value("tz"))
                .formParam("name", "Form Person").formParam("email", "form-" + address + "@example.org")
                .formParam("consent", "yes").formParam("proofOfWork", proof)
                .when().post(form.element("form.details").attr("action"));
    }
}
