package app.hearth.booking;

import app.hearth.therapist.BookingPolicy;
import app.hearth.support.Concurrently;
import app.hearth.support.Fixtures;
import app.hearth.therapist.Therapist;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static app.hearth.support.BookingRequests.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** No double booking under real concurrency: the database decides, on H2 and on PostgreSQL. */
@QuarkusTest
class BookingConcurrencyTest {

    static final Instant TEN = Instant.parse("2026-12-01T15:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @Test
    void fiftyClientsRaceForOneSlotAndExactlyOneWins() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00");
        String request = JSON.writeValueAsString(body(t.slug, TEN));
        List<Integer> statuses = Concurrently.post("/api/bookings", 50, i -> request, i -> Map.of());

        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(49, Collections.frequency(statuses, 409), statuses.toString());
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void overlappingTimesWithBuffersAlsoGiveExactlyOneBooking() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", new BookingPolicy(15, 15, 0, 365, 96), "09:00", "12:00");
        // 10:00 and 10:15 do not overlap, but collide once the 15-minute buffers are counted
        List<String> requests = List.of(
                JSON.writeValueAsString(body(t.slug, TEN)),
                JSON.writeValueAsString(body(t.slug, TEN.plusSeconds(900))));
        List<Integer> statuses = Concurrently.post("/api/bookings", 30, i -> requests.get(i % 2), i -> Map.of());

        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void anyRequestsAtAStartWhereThreeAreFreeMakeExactlyThreeBookings() throws Exception {
        fixtures.retireAllTherapists();
        List<Therapist> free = List.of(
                fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00"),
                fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00"),
                fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "12:00"));
        String request = JSON.writeValueAsString(body("any", TEN));
        List<Integer> statuses = Concurrently.post("/api/bookings", 12, i -> request, i -> Map.of());

        assertEquals(3, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(9, Collections.frequency(statuses, 409), statuses.toString());
        for (Therapist t : free) {
            assertEquals(1, fixtures.activeBookings(t), "each free therapist got exactly one");
        }
    }
}
