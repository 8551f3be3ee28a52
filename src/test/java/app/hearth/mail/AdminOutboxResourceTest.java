package app.hearth.mail;

import app.hearth.support.Fixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.OutboxProbe;
import app.hearth.support.SmtpProfile;
import app.hearth.support.SmtpTestResource;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Admins see delivery state without anyone's address, and bring dead mail back once SMTP is fixed. */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class AdminOutboxResourceTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxProbe probe;
    @Inject
    Tokens tokens;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void aDeadMessageIsListedAndARetryDeliversItOnce() {
        String to = unique("revived") + "@example.org";
        String reference = queue(to);
        SmtpTestResource.down();
        for (int attempt = 0; attempt < 8; attempt++) {
            relay.drain();
            clock.advance(Duration.ofHours(3));
        }
        OutboxMessage dead = probe.one(reference);
        assertEquals(OutboxState.DEAD, dead.state);
        String admin = tokens.admin();

        given().auth().oauth2(admin).queryParam("state", "dead").get("/api/admin/outbox").then().statusCode(200)
                .body("reference", hasItem(reference))
                .body("state", everyItem(equalTo("DEAD")))
                .body("find { it.reference == '" + reference + "' }.attempts", equalTo(8))
                .body("find { it.reference == '" + reference + "' }.lastError", startsWith("transient: I/O"))
                .body("find { it.reference == '" + reference + "' }.toAddress", nullValue())
                .body(not(org.hamcrest.Matchers.containsString(to)));

        SmtpTestResource.up();
        given().auth().oauth2(admin).post("/api/admin/outbox/" + dead.id + "/retry").then().statusCode(200)
                .body("state", equalTo("PENDING")).body("attempts", equalTo(0));
        relay.drain();
        relay.drain();
        assertEquals(1, MailFixtures.receivedBy(to).size());
        assertEquals(OutboxState.SENT, probe.one(reference).state);

        given().auth().oauth2(admin).post("/api/admin/outbox/" + dead.id + "/retry").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void pendingMessagesShowWhenTheyWillBeTriedNext() {
        String reference = queue(unique("soon") + "@example.org");
        given().auth().oauth2(tokens.admin()).queryParam("state", "PENDING").get("/api/admin/outbox").then()
                .statusCode(200)
                .body("find { it.reference == '" + reference + "' }.nextAttemptAt", equalTo("2026-11-30T12:00:00Z"))
                .body("find { it.reference == '" + reference + "' }.attempts", equalTo(0));
    }

    @Test
    void badFiltersAndUnknownIdsAreProblems() {
        String admin = tokens.admin();
        given().auth().oauth2(admin).queryParam("state", "LOST").get("/api/admin/outbox").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("state"));
        given().auth().oauth2(admin).queryParam("limit", "100000").get("/api/admin/outbox").then().statusCode(400);
        given().auth().oauth2(admin).post("/api/admin/outbox/987654321/retry").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdminsMaySeeOrRetry() {
        String therapist = tokens.therapist(fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00"));
        given().get("/api/admin/outbox").then().statusCode(401);
        given().auth().oauth2(therapist).get("/api/admin/outbox").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(therapist).post("/api/admin/outbox/1/retry").then().statusCode(403);
    }

    private String queue(String to) {
        String reference = unique("admin-test");
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(
                new OutgoingMail(to, null, "Subject", "Body", null, null, reference)));
        return reference;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
