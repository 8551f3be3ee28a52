package app.hearth.ops;

import app.hearth.support.Fixtures;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.hearth.support.BookingRequests.body;
import static app.hearth.support.BookingRequests.book;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ObservabilityTest {

    /** Tuesday 1 December 2026, 10:00 in Toronto. */
    static final Instant TEN = Instant.parse("2026-12-01T15:00:00Z");

    @Inject
    Fixtures fixtures;

    Therapist therapist;
    final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    final ExtHandler capture = new ExtHandler() {
        @Override
        protected void doPublish(ExtLogRecord record) {
            record.copyAll();
            records.add(record);
        }
    };

    @BeforeEach
    void setUp() {
        therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
        LogContext.getLogContext().getLogger("app.hearth").addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        LogContext.getLogContext().getLogger("app.hearth").removeHandler(capture);
    }

    @Test
    void livenessAndReadinessAreUpWithTheDatabaseAndTheOutboxChecked() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("mail outbox"))
                .body("checks.name", hasItem(org.hamcrest.Matchers.containsString("Database")))
                .body("checks.find { it.name == 'mail outbox' }.data.oldestPendingSeconds", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void everyAnswerCarriesARequestIdAndTheBookingLogLineCarriesTheSameOne() {
        String id = book(body(therapist.slug, TEN)).statusCode(201)
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"))
                .extract().header(RequestIds.HEADER);
        ExtLogRecord created = records.stream()
                .filter(r -> r.getFormattedMessage().contains("created for therapist " + therapist.slug))
                .findFirst().orElseThrow(() -> new AssertionError("no booking log line"));
        assertEquals(id, created.getMdc(RequestIds.MDC_KEY));
        // the log names the booking by reference, never the client
        records.forEach(r -> {
            assertFalse(r.getFormattedMessage().contains("Alex Morgan"), r.getFormattedMessage());
            assertFalse(r.getFormattedMessage().contains("alex@example.org"), r.getFormattedMessage());
        });
    }

    @Test
    void aProxysRequestIdIsKeptOnlyWhenItIsHarmless() {
        given().header(RequestIds.HEADER, "lb-1234abcd").get("/api/therapists").then()
                .header(RequestIds.HEADER, equalTo("lb-1234abcd"));
        given().header(RequestIds.HEADER, "x\" forged=1 <script>").get("/api/therapists").then()
                .header(RequestIds.HEADER, not(equalTo("x\" forged=1 <script>")))
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void prometheusCountsCommittedBookingsAndTimesSlotQueries() {
        double before = metric("hearth_bookings_total\\{change=\"created\"\\}");
        book(body(therapist.slug, TEN)).statusCode(201);
        book(body(therapist.slug, TEN)).statusCode(409);
        assertEquals(before + 1, metric("hearth_bookings_total\\{change=\"created\"\\}"),
                "a lost race is not a booking");

        given().queryParam("therapist", therapist.slug).get("/api/slots").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metric("hearth_slots_query_seconds_count\\{[^}]*\\}") >= 1, "slot queries are timed");
        assertTrue(metrics.contains("hearth_slots_query_seconds_bucket{"), "slot latency is a histogram");
        assertTrue(metrics.contains("hearth_outbox_pending "), "outbox backlog is exported");
        assertTrue(metrics.contains("hearth_outbox_dead "), "dead mails are exported");
        assertTrue(metrics.contains("hearth_outbox_oldest_pending_age_seconds "), "backlog age is exported");
    }

    @Test
    void refusedSignInsAreCounted() {
        double before = metric("hearth_logins_failed_total\\{[^}]*exception=\"InvalidCredentialsException\"[^}]*\\}");
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"nobody-" + System.nanoTime() + "@example.org\",\"password\":\"wrong-password\"}")
                .post("/api/auth/login").then().statusCode(401);
        assertEquals(before + 1,
                metric("hearth_logins_failed_total\\{[^}]*exception=\"InvalidCredentialsException\"[^}]*\\}"));
    }

    /** The value of the first sample whose name and labels match, or 0 when none is exported yet. */
    static double metric(String sample) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + sample + " ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
