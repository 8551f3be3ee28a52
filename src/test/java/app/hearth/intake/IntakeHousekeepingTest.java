package app.hearth.intake;

import app.hearth.seal.Sealer;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retention of unlinked intake data, and key rotation keeping old submissions readable. */
@QuarkusTest
class IntakeHousekeepingTest {

    @Inject
    IntakeFixtures fixtures;
    @Inject
    IntakeRetention retention;
    @Inject
    IntakeKeys keys;
    @Inject
    Sealer cipher;
    @Inject
    Tokens tokens;
    @Inject
    TestClock clock;
    @ConfigProperty(name = "hearth.intake.previous-keys")
    String oldKey;

    private String submit(String slug, String bookingToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", IntakeFixtures.adultAnswers(0));
        if (bookingToken != null) {
            body.put("bookingToken", bookingToken);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/intake/forms/" + slug + "/submissions")
                .then().statusCode(201).extract().path("reference");
    }

    @Test
    void retentionDeletesUnlinkedSubmissionsAndExpiredDraftsButKeepsLinkedOnes() {
        String slug = fixtures.publishAdultIntake();
        IntakeFixtures.Booked booked = fixtures.book();
        String linked = submit(slug, booked.manageToken());
        String unlinked = submit(slug, null);
        String draft = given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("goals", "later")))
                .when().post("/api/intake/forms/" + slug + "/drafts").then().statusCode(201).extract().path("draftToken");

        clock.advance(Duration.ofDays(29));
        retention.purge();
        assertEquals(1, fixtures.count("select count(s) from IntakeSubmission s where s.reference = ?1", unlinked));
        assertEquals(0, fixtures.count("select count(d) from IntakeDraft d where d.tokenHash = ?1",
                app.hearth.common.Secrets.hash(draft)), "a draft is gone once its 14 days are over");

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        retention.purge();
        assertEquals(0, fixtures.count("select count(s) from IntakeSubmission s where s.reference = ?1", unlinked));
        assertEquals(1, fixtures.count("select count(s) from IntakeSubmission s where s.reference = ?1", linked));
    }

    @Test
    void afterAKeyRotationOldSubmissionsStayReadableAndAreResealedWithTheNewKey() {
        String slug = fixtures.publishAdultIntake();
        IntakeFixtures.Booked booked = fixtures.book();
        String reference = submit(slug, booked.manageToken());
        // make it look as if an earlier key (now listed in HEARTH_INTAKE_PREVIOUS_KEYS) had sealed this record
        Sealer before = Sealer.ofBase64(oldKey, List.of());
        String oldKeyId = QuarkusTransaction.requiringNew().call(() -> {
            IntakeSubmission s = IntakeSubmission.byReference(reference).orElseThrow();
            byte[] plain = cipher.open(s.sealed(), s.binding());
            s.seal(before.seal(plain, s.binding()));
            s.clientIndex = IntakeSubmission.clientIndex(before, "robin.tremblay@example.org");
            return s.keyId;
        });
        assertFalse(cipher.isCurrent(oldKeyId));

        String token = tokens.therapist(booked.therapist());
        given().auth().oauth2(token).when().get("/api/me/intakes/" + reference).then().statusCode(200)
                .body("answers.find { it.questionId == 'goals' }.answer", equalTo("Sleep through the night"));

        given().auth().oauth2(tokens.admin()).when().post("/api/admin/intake-keys/re-encrypt").then().statusCode(200)
                .body("currentKeyId", equalTo(cipher.currentKeyId()))
                .body("remaining", equalTo(0));
        String newKeyId = QuarkusTransaction.requiringNew().call(() -> IntakeSubmission.byReference(reference).orElseThrow().keyId);
        assertTrue(cipher.isCurrent(newKeyId));
        assertNotEquals(oldKeyId, newKeyId);
        given().auth().oauth2(token).when().get("/api/me/intakes/" + reference).then().statusCode(200)
                .body("answers.find { it.questionId == 'goals' }.answer", equalTo("Sleep through the night"));
        String stored = fixtures.storedAnswers(reference);
        assertFalse(new String(stored.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains("Sleep"));
        // the blind index moved to the new key too, so the client can still be found for export
        String index = QuarkusTransaction.requiringNew().call(() -> IntakeSubmission.byReference(reference).orElseThrow().clientIndex);
        assertEquals(IntakeSubmission.clientIndex(cipher, "robin.tremblay@example.org"), index);
    }

    @Test
    void theJobLeavesNothingForAnOlderKey() {
        keys.resealAll();
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> keys.sealedWithOlderKeys()));
    }
}
