package app.hearth.booking;

import app.hearth.support.Fixtures;
import app.hearth.therapist.Therapist;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

import static app.hearth.support.BookingRequests.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Racing retries with one Idempotency-Key: every duplicate gets the first answer, one booking is made, no 500.
 * The race is made certain with the database's own locks: the test holds the therapist's row, so the first request
 * waits inside its transaction with the key claimed, and the test lets it go only once the nine others are seen
 * waiting on that claim.
 */
@QuarkusTest
class IdempotentRetriesTest {

    static final Instant TEN = Instant.parse("2026-12-01T15:00:00Z");
    static final int RETRIES = 10;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    Fixtures fixtures;
    @Inject
    IdempotencyStore idempotency;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String database;

    private static boolean warm;

    @BeforeEach
    void resetClockAndWarmUp() throws Exception {
        if (!warm) {
            // a first booking loads what booking needs, so the first race is not decided by a cold start
            Therapist other = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
            HTTP.send(post(JSON.writeValueAsString(body(other.slug, TEN)), "warm-" + UUID.randomUUID()),
                    HttpResponse.BodyHandlers.discarding());
            warm = true;
        }
    }

    @RepeatedTest(20)
    void duplicatesThatArriveWhileTheFirstIsInsideItsTransactionAllGetItsAnswer() throws Exception {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
        String request = JSON.writeValueAsString(body(therapist.slug, TEN));
        String key = "retry-" + UUID.randomUUID();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();

        QuarkusTransaction.requiringNew().run(() -> {
            Therapist.lockForBooking(therapist.id);
            for (int i = 0; i < RETRIES; i++) {
                answers.add(HTTP.sendAsync(post(request, key), HttpResponse.BodyHandlers.ofString()));
            }
            awaitWaitingClaims(RETRIES - 1);
        });

        List<JsonNode> bodies = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(201, response.statusCode(), response.body());
            bodies.add(JSON.readTree(response.body()));
        }
        for (JsonNode body : bodies) {
            assertEquals(bodies.get(0).get("reference"), body.get("reference"));
            assertEquals(bodies.get(0).get("manageToken"), body.get("manageToken"));
        }
        assertEquals(1, fixtures.activeBookings(therapist), "one key, one booking");
    }

    /** The interleaving that gave 500s: a duplicate looked before the first request committed, and claims after. */
    @Test
    void aDuplicateClaimingAfterTheFirstCommittedGetsTheFirstAnswer() throws Exception {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
        String request = JSON.writeValueAsString(body(therapist.slug, TEN));
        String key = "late-" + UUID.randomUUID();
        HttpResponse<String> first = HTTP.send(post(request, key), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, first.statusCode(), first.body());

        String canonical = idempotency.canonical(json.readValue(request, CreateBookingRequest.class));
        Optional<BookingView> claimed = QuarkusTransaction.requiringNew().call(() -> idempotency.claim(key, canonical));
        assertEquals(JSON.readTree(first.body()).get("reference").asText(), claimed.orElseThrow().reference());
        assertEquals(1, fixtures.activeBookings(therapist), "one key, one booking");
    }

    private static HttpRequest post(String body, String key) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/bookings"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Waits until the database shows this many sessions blocked in the claim's insert behind the first request. */
    private void awaitWaitingClaims(int expected) {
        String sql = "postgresql".equals(database)
                ? "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' "
                  + "and query like 'insert into idempotency_record%'"
                : "select count(*) from information_schema.sessions "
                  + "where lower(executing_statement) like 'insert into idempotency_record%'";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long waiting = 0;
        boolean postgresql = "postgresql".equals(database);
        while (System.nanoTime() < deadline) {
            if (postgresql) {
                // PostgreSQL keeps one snapshot of pg_stat_activity per transaction; look afresh each time
                Therapist.getEntityManager().createNativeQuery("select pg_stat_clear_snapshot()").getSingleResult();
            }
            waiting = ((Number) Therapist.getEntityManager().createNativeQuery(sql).getSingleResult()).longValue();
            if (waiting >= expected) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos()); // a short pause between looks at the database
        }
        assertTrue(waiting >= expected, "only " + waiting + " duplicates reached the claim in time");
    }
}
