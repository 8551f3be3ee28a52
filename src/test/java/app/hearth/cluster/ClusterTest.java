package app.hearth.cluster;

import app.hearth.availability.OverrideKind;
import app.hearth.support.Fixtures;
import app.hearth.support.LongCacheProfile;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances on one PostgreSQL, seen from one of them: another instance's committed change empties this one's
 * cached answers through NOTIFY, this instance's changes are announced at commit, and a job whose lock another
 * instance holds does not run here. Only on PostgreSQL (-Ppostgresql); on H2 every cluster feature is off.
 */
@QuarkusTest
@TestProfile(LongCacheProfile.class)
class ClusterTest {

    @Inject
    ClusterNode node;
    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    CountedJob job;
    @Inject
    CacheListener listener;
    @Inject
    @CacheName("slot-answers")
    Cache cache;
    private CaffeineCache slotAnswers;

    @BeforeEach
    void onPostgresql() {
        assumeTrue(node.shared(), "several instances share PostgreSQL only");
        slotAnswers = cache.as(CaffeineCache.class);
    }

    private List<String> tuesdayTimes(Therapist t) {
        return given().queryParam("therapist", t.slug).queryParam("from", "2026-12-01").queryParam("to", "2026-12-01")
                .when().get("/api/slots").then().statusCode(200).extract().path("slots.localTime");
    }

    @Test
    void anotherInstancesNoticeEmptiesTheCachedSlotsAtOnce() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "09:30");
        assertEquals(List.of("09:00", "09:15"), tuesdayTimes(t));
        // the other instance's change, as this instance sees it: rows change underneath, no event here
        fixtures.override(t, LocalDate.parse("2026-12-01"), OverrideKind.UNAVAILABLE, null, null);
        assertEquals(List.of("09:00", "09:15"), tuesdayTimes(t), "kept for the long TTL");

        long start = System.nanoTime();
        while (!listener.listening() && System.nanoTime() - start < 30_000_000_000L) {
            Thread.sleep(10);
        }
        try (Connection other = node.dedicatedConnection();
             PreparedStatement notify = other.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CacheNotices.CHANNEL);
            notify.setString(2, "another-instance slot-answers");
            notify.execute();
        }
        long sent = System.nanoTime();
        while (!slotAnswers.keySet().isEmpty() && System.nanoTime() - sent < 1_000_000_000L) {
            Thread.sleep(1);
        }
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertTrue(slotAnswers.keySet().isEmpty() && millis <= 100, "emptied within 100 ms, took " + millis + " ms");
        assertEquals(List.of(), tuesdayTimes(t), "the next visitor sees the change");
    }

    @Test
    void aCommittedChangeIsAnnouncedToTheOtherInstances() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "09:30");
        try (Connection listening = node.dedicatedConnection()) {
            try (Statement listen = listening.createStatement()) {
                listen.execute("LISTEN " + CacheNotices.CHANNEL);
            }
            given().contentType("application/json")
                    .body("{\"therapist\":\"" + t.slug + "\",\"start\":\"2026-12-01T14:00:00Z\",\"timezone\":\"UTC\","
                            + "\"client\":{\"name\":\"Ann Client\",\"email\":\"ann@example.org\"},\"consent\":true}")
                    .when().post("/api/bookings").then().statusCode(201);
            PGNotification[] notices = listening.unwrap(PGConnection.class).getNotifications(2000);
            assertNotNull(notices, "a notice at the booking's commit");
            assertEquals(node.id() + " slot-answers", notices[0].getParameter());
        }
    }

    @Test
    void anArticleEditIsAnnouncedSoOtherInstancesForgetTheOldPage() throws Exception {
        String admin = tokens.admin();
        Number id = given().auth().oauth2(admin).contentType("application/json")
                .body("{\"slug\":\"cluster-notice\",\"title\":\"First\",\"summary\":\"S.\",\"body\":\"Text.\"}")
                .when().post("/api/admin/articles").then().statusCode(201).extract().path("id");
        try (Connection listening = node.dedicatedConnection()) {
            try (Statement listen = listening.createStatement()) {
                listen.execute("LISTEN " + CacheNotices.CHANNEL);
            }
            given().auth().oauth2(admin).contentType("application/json")
                    .body("{\"slug\":\"cluster-notice\",\"title\":\"Second\",\"summary\":\"S.\",\"body\":\"Text.\"}")
                    .when().put("/api/admin/articles/" + id).then().statusCode(200);
            PGNotification[] notices = listening.unwrap(PGConnection.class).getNotifications(2000);
            assertNotNull(notices, "a notice at the edit's commit");
            assertEquals(node.id() + " article-details,article-pages", notices[0].getParameter());
        }
    }

    @Test
    void aJobLockedByAnotherInstanceDoesNotRunHere() throws Exception {
        int before = job.runs();
        try (Connection other = node.dedicatedConnection();
             PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?, hashtext(?))")) {
            lock.setInt(1, RunsOnceInterceptor.JOB_LOCKS);
            lock.setString(2, "CountedJob#run");
            lock.execute();
            job.run();
            assertEquals(before, job.runs(), "skipped while the other instance runs it");

            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
                unlock.setInt(1, RunsOnceInterceptor.JOB_LOCKS);
                unlock.setString(2, "CountedJob#run");
                unlock.execute();
            }
            job.run();
            assertEquals(before + 1, job.runs(), "runs here once the other instance is done");
        }
    }
}
