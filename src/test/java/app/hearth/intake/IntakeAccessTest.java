package app.hearth.intake;

import app.hearth.support.Fixtures;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Who may read an intake: the linked therapist and admins, each read audited; everyone else sees nothing. */
@QuarkusTest
class IntakeAccessTest {

    @Inject
    IntakeFixtures intakes;
    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;

    private String submitLinked(String slug, IntakeFixtures.Booked booked, int phq9Item9) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", IntakeFixtures.adultAnswers(phq9Item9));
        body.put("bookingToken", booked.manageToken());
        return given().contentType(ContentType.JSON).body(body).when().post("/api/intake/forms/" + slug + "/submissions")
                .then().statusCode(201).extract().path("reference");
    }

    @Test
    void theLinkedTherapistReadsTheIntakeAndEveryReadIsAudited() {
        String slug = intakes.publishAdultIntake();
        IntakeFixtures.Booked booked = intakes.book();
        String reference = submitLinked(slug, booked, 2);
        String token = tokens.therapist(booked.therapist());

        given().auth().oauth2(token).when().get("/api/me/intakes").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("reference", equalTo(List.of(reference)))
                .body("[0].urgent", equalTo(true))
                .body("[0].bookingReference", equalTo(booked.reference()));
        for (int read = 0; read < 2; read++) {
            given().auth().oauth2(token).when().get("/api/me/intakes/" + reference).then().statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body("answers.find { it.questionId == 'main_concern' }.answer",
                            equalTo("Quokka-Zebra-7781 sleeplessness since the move"))
                    .body("answers.find { it.questionId == 'consent_treatment' }.answer.textVersion",
                            equalTo("2026-11-treatment-v1"))
                    .body("answers.find { it.questionId == 'consent_treatment' }.answer.signedAt",
                            equalTo("2026-11-30T12:00:00Z"))
                    .body("screening.find { it.instrument == 'PHQ9' }.total", equalTo(10))
                    .body("screening.find { it.instrument == 'PHQ9' }.severity", equalTo("MODERATE"))
                    .body("screening.find { it.instrument == 'GAD7' }.total", equalTo(14))
                    .body("urgent", equalTo(true));
        }
        String therapistEmail = intakes.loginEmail(booked.therapist());
        given().auth().oauth2(tokens.admin()).queryParam("reference", reference).when().get("/api/admin/audit")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("", hasSize(2))
                .body("action", equalTo(List.of("READ", "READ")))
                .body("actor", equalTo(List.of(therapistEmail, therapistEmail)))
                .body("[0].at", equalTo("2026-11-30T12:00:00Z"));
    }

    @Test
    void anotherTherapistGets404AndNothingIsAudited() {
        String slug = intakes.publishAdultIntake();
        IntakeFixtures.Booked booked = intakes.book();
        String reference = submitLinked(slug, booked, 0);
        Therapist other = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        String otherToken = tokens.therapist(other);

        given().auth().oauth2(otherToken).when().get("/api/me/intakes/" + reference).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(otherToken).when().get("/api/me/intakes/HI-ZZZZ-ZZZZ").then().statusCode(404);
        given().auth().oauth2(otherToken).when().get("/api/me/intakes").then().statusCode(200)
                .body("reference", not(hasItem(reference)));
        given().auth().oauth2(tokens.admin()).queryParam("reference", reference).when().get("/api/admin/audit")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anUnlinkedIntakeIsReadableOnlyByAdminsAndTheirReadIsAudited() {
        String slug = intakes.publishAdultIntake();
        String reference = given().contentType(ContentType.JSON).body(Map.of("answers", IntakeFixtures.adultAnswers(0)))
                .when().post("/api/intake/forms/" + slug + "/submissions").then().statusCode(201).extract().path("reference");
        String admin = tokens.admin();
        given().auth().oauth2(admin).when().get("/api/admin/intakes/" + reference).then().statusCode(200)
                .body("bookingReference", equalTo(null))
                .body("answers.find { it.questionId == 'full_name' }.answer", equalTo("Robin Tremblay"));
        given().auth().oauth2(admin).queryParam("reference", reference).when().get("/api/admin/audit").then()
                .body("", hasSize(1)).body("[0].action", equalTo("READ"));
    }

    @Test
    void withoutTheRightGroupThereIsNoAccess() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().when().get("/api/me/intakes").then().statusCode(401);
        given().when().get("/api/admin/audit").then().statusCode(401);
        given().auth().oauth2(tokens.therapist(t)).when().get("/api/admin/audit").then().statusCode(403);
        given().auth().oauth2(tokens.therapist(t)).when().get("/api/admin/intakes").then().statusCode(403);
    }
}
