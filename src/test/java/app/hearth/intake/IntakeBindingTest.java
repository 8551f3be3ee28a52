package app.hearth.intake;

import app.hearth.seal.Binding;
import app.hearth.seal.Sealer;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An intake's sealed answers are bound to its booking, form and urgency: a database writer who re-points it at
 * another booking or flips its urgency gets a loud, audited refusal, not a silently re-routed intake. Rows sealed
 * before that binding still open and are moved to it.
 */
@QuarkusTest
class IntakeBindingTest {

    @Inject
    IntakeFixtures intakes;
    @Inject
    Tokens tokens;
    @Inject
    EntityManager db;
    @Inject
    Sealer sealer;
    @Inject
    IntakeKeys keys;

    private String submit(String slug, IntakeFixtures.Booked booked) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("answers", IntakeFixtures.adultAnswers(0), "bookingToken", booked.manageToken()))
                .when().post("/api/intake/forms/" + slug + "/submissions").then().statusCode(201).extract().path("reference");
    }

    @Test
    void anIntakeMovedToAnotherBookingIsRefusedLoudlyAndTheAttemptAudited() {
        String slug = intakes.publishAdultIntake();
        IntakeFixtures.Booked mine = intakes.book();
        IntakeFixtures.Booked other = intakes.book("other@example.org");
        String reference = submit(slug, mine);
        sql("update intake_submission set booking_id = (select id from booking where reference = ?1) where reference = ?2",
                other.reference(), reference);

        given().auth().oauth2(tokens.therapist(other.therapist())).when().get("/api/me/intakes/" + reference)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/intake-tampered"));
        given().auth().oauth2(tokens.admin()).queryParam("reference", reference).when().get("/api/admin/audit")
                .then().statusCode(200).body("action", equalTo(List.of("READ_REFUSED")));
    }

    @Test
    void flippingTheUrgentFlagMakesTheIntakeUnreadable() {
        String slug = intakes.publishAdultIntake();
        String reference = submit(slug, intakes.book());
        String admin = tokens.admin();
        given().auth().oauth2(admin).when().get("/api/admin/intakes/" + reference).then().statusCode(200);
        sql("update intake_submission set urgent = not urgent where reference = ?1", reference);
        given().auth().oauth2(admin).when().get("/api/admin/intakes/" + reference).then().statusCode(409);
    }

    @Test
    void anIntakeSealedBeforeTheBindingStillOpensAndIsMovedToIt() {
        String slug = intakes.publishAdultIntake();
        String reference = submit(slug, intakes.book());
        // as an older release stored it: bound to the reference only
        QuarkusTransaction.requiringNew().run(() -> {
            IntakeSubmission row = IntakeSubmission.byReference(reference).orElseThrow();
            byte[] plain = sealer.open(row.sealed(), row.binding());
            row.seal(sealer.seal(plain, Binding.of("intake_submission", reference)));
            row.bindingVersion = 1;
        });
        String admin = tokens.admin();
        given().auth().oauth2(admin).when().get("/api/admin/intakes/" + reference).then().statusCode(200);
        keys.resealAll();
        assertEquals(2, ((Number) QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery(
                "select binding_version from intake_submission where reference = ?1").setParameter(1, reference)
                .getSingleResult())).intValue());
        given().auth().oauth2(admin).when().get("/api/admin/intakes/" + reference).then().statusCode(200)
                .body("reference", equalTo(reference));
        sql("update intake_submission set urgent = not urgent where reference = ?1", reference);
        given().auth().oauth2(admin).when().get("/api/admin/intakes/" + reference).then().statusCode(409);
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = db.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }
}
