package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace pages cost the same number of SQL statements whether the week holds 5 calls or 40, so a busy
 * therapist's agenda does not slow down call by call (Hibernate statistics are on in the test profile only).
 */
@QuarkusTest
class WorkspaceQueryCountTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** A week well ahead of the test clock, so every call is upcoming and on the agenda's list. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);

    @Inject
    Fixtures fixtures;
    @Inject
    StaffAccounts accounts;
    @Inject
    EntityManagerFactory factory;

    @Test
    void statementsDoNotGrowWithTheCallsInTheWeek() {
        Map<String, Long> few = statements(5);
        Map<String, Long> many = statements(40);
        few.values().forEach(count -> assertTrue(count > 0, "statistics are counting: " + few));
        assertEquals(few, many, "5 calls " + few + " against 40 calls " + many);
    }

    /** Statements each page costs for a therapist with {@code calls} calls in the week. */
    private Map<String, Long> statements(int calls) {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        List<String> references = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            Instant start = MONDAY.plusDays(i % 5).atTime(9, 0).atZone(TORONTO).toInstant()
                    .plus(Duration.ofMinutes(15L * (i / 5)));
            references.add(book(therapist, start));
        }
        User login = accounts.login(therapist);
        StaffClient browser = StaffClient.fresh();
        assertEquals(303, browser.signIn(login.email, Tokens.PASSWORD).statusCode());
        String week = "/staff?week=" + MONDAY;
        assertEquals(calls, app.hearth.support.Page.of(browser.get(week).body()).document().select("[data-call]").size(),
                "every call sits in the week");
        return Map.of("agenda", cheapest(browser, "/staff"), "week", cheapest(browser, week),
                "detail", cheapest(browser, "/staff/bookings/" + references.get(calls - 1)));
    }

    /** The fewest statements of three loads, so a scheduled job running alongside cannot inflate the count. */
    private long cheapest(StaffClient browser, String path) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics in the test profile");
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            assertEquals(200, browser.get(path).statusCode(), path);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }

    private static String book(Therapist therapist, Instant start) {
        Map<String, Object> body = BookingRequests.body(therapist.slug, start);
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) body.get("client");
        client.put("email", "counted" + CLIENTS.incrementAndGet() + "-" + therapist.id + "@example.org");
        return BookingRequests.book(body).statusCode(201).extract().path("reference");
    }
}
