package app.hearth.intake;

import app.hearth.support.IntakeFixtures;
import app.hearth.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IntakeResourceTest {

    @Inject
    IntakeFixtures fixtures;
    @Inject
    TestClock clock;

    private static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    private static Map<String, Object> submission(Map<String, Object> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        return body;
    }

    @Test
    void publishedFormsAreListedWithTheirDefinitionAndNeverCached() {
        String slug = fixtures.publishAdultIntake();
        given().when().get("/api/intake/forms").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("slug", hasItem(slug));
        given().when().get("/api/intake/forms/" + slug).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .body("version", equalTo(1))
                .body("title", equalTo("Adult individual intake"))
                .body("sections.find { it.id == 'phq9' }.questions", hasSize(9))
                .body("sections.find { it.id == 'history' }.questions.find { it.id == 'previous_therapy_detail' }.showIf.anyOf",
                        equalTo(List.of("yes")));
    }

    @Test
    void unknownFormIsAProblem404ThatIsNotCachedEither() {
        given().when().get("/api/intake/forms/no-such-form").then().statusCode(404)
                .contentType("application/problem+json").header("Cache-Control", "no-store");
    }

    @Test
    void aDraftIsSavedResumedCompletedAndThenGone() {
        String slug = fixtures.publishAdultIntake();
        Map<String, Object> partial = Map.of("full_name", "Robin Tremblay", "concern_areas", List.of("mood"));
        String token = post("/api/intake/forms/" + slug + "/drafts", Map.of("answers", partial)).statusCode(201)
                .body("expiresAt", equalTo("2026-12-14T12:00:00Z"))
                .body("resumeUrl", containsString("/intake/" + slug + "?draft="))
                .extract().path("draftToken");
        assertTrue(token.length() >= 43);

        given().when().get("/api/intake/drafts/" + token).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("answers.full_name", equalTo("Robin Tremblay"))
                .body("draftToken", nullValue());

        clock.advance(Duration.ofDays(3));
        Map<String, Object> more = new HashMap<>(partial);
        more.put("goals", "Sleep better");
        given().contentType(ContentType.JSON).body(Map.of("answers", more))
                .when().put("/api/intake/drafts/" + token).then().statusCode(200)
                .body("answers.goals", equalTo("Sleep better"))
                .body("expiresAt", equalTo("2026-12-17T12:00:00Z"));
        assertEquals(0, fixtures.rowsContaining("intake_draft", "Sleep better"));

        Map<String, Object> body = submission(IntakeFixtures.adultAnswers(0));
        body.put("draftToken", token);
        post("/api/intake/forms/" + slug + "/submissions", body).statusCode(201)
                .header("Cache-Control", "no-store")
                .body("reference", matchesPattern("HI-[2-9A-Z]{4}-[2-9A-Z]{4}"))
                .body("urgent", equalTo(false))
                .body("crisisResources", nullValue());
        given().when().get("/api/intake/drafts/" + token).then().statusCode(404);
    }

    @Test
    void aDraftExpiresFourteenDaysAfterItsLastSave() {
        String slug = fixtures.publishAdultIntake();
        String token = post("/api/intake/forms/" + slug + "/drafts", Map.of("answers", Map.of("goals", "x")))
                .statusCode(201).extract().path("draftToken");
        clock.advance(Duration.ofDays(14).minusSeconds(1));
        given().when().get("/api/intake/drafts/" + token).then().statusCode(200);
        clock.advance(Duration.ofSeconds(1));
        given().when().get("/api/intake/drafts/" + token).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("14 days"));
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .when().put("/api/intake/drafts/" + token).then().statusCode(404);
    }

    @Test
    void unknownAndMalformedDraftTokensAre404() {
        given().when().get("/api/intake/drafts/" + "A".repeat(43)).then().statusCode(404);
        given().when().get("/api/intake/drafts/not a token").then().statusCode(404);
    }

    @Test
    void everyWrongFieldIsReportedAtOnceWithOneEntryEach() {
        String slug = fixtures.publishAdultIntake();
        Map<String, Object> answers = IntakeFixtures.adultAnswers(0);
        answers.put("email", "robin at example");
        answers.put("date_of_birth", "2031-01-01");
        answers.put("concern_duration", "forever");
        answers.put("phq9_3", 4);
        answers.put("full_name", "Robin\r\nBcc: x@example.org");
        answers.remove("goals");
        answers.put("consent_treatment", Map.of("agreed", false, "signature", ""));
        answers.put("shoe_size", "44");
        Map<String, Object> body = submission(answers);
        body.put("bookingToken", "B".repeat(43));
        post("/api/intake/forms/" + slug + "/submissions", body).statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(9))
                .body("errors.field", hasItems("answers.email", "answers.date_of_birth", "answers.concern_duration",
                        "answers.phq9_3", "answers.full_name", "answers.goals", "answers.consent_treatment",
                        "answers.shoe_size", "bookingToken"))
                .body("errors.find { it.field == 'answers.goals' }.message", equalTo("is required"));
    }

    @Test
    void conditionalQuestionsAreRequiredOnlyWhenShown() {
        String slug = fixtures.publishAdultIntake();
        Map<String, Object> answers = IntakeFixtures.adultAnswers(0);
        answers.put("hospitalised", "yes");
        answers.put("contact_methods", List.of("email"));
        answers.remove("voicemail_ok");
        // hospitalised_detail is optional even when shown; voicemail_ok is hidden without "phone": both pass
        post("/api/intake/forms/" + slug + "/submissions", submission(answers)).statusCode(201);
        answers.put("contact_methods", List.of("phone"));
        post("/api/intake/forms/" + slug + "/submissions", submission(answers)).statusCode(400)
                .body("errors.field", equalTo(List.of("answers.voicemail_ok")));
    }

    @Test
    void anUrgentAnswerBringsCrisisResources() {
        String slug = fixtures.publishAdultIntake();
        post("/api/intake/forms/" + slug + "/submissions", submission(IntakeFixtures.adultAnswers(1))).statusCode(201)
                .body("urgent", equalTo(true))
                .body("crisisResources.contact", hasItems(containsString("9-8-8"), containsString("911")));
    }

    @Test
    void theDatabaseHoldsOnlyCiphertext() {
        String slug = fixtures.publishAdultIntake();
        IntakeFixtures.Booked booked = fixtures.book();
        Map<String, Object> body = submission(IntakeFixtures.adultAnswers(0));
        body.put("bookingToken", booked.manageToken());
        String reference = post("/api/intake/forms/" + slug + "/submissions", body).statusCode(201)
                .extract().path("reference");
        String stored = fixtures.storedAnswers(reference);
        assertTrue(stored.startsWith("v1."), stored);
        for (String plain : List.of("Quokka-Zebra", "Robin", "robin.tremblay@example.org", "sleeplessness", "phq9")) {
            assertFalse(stored.contains(plain), plain);
        }
        assertEquals(0, fixtures.rowsContaining("intake_submission", "Quokka-Zebra"));
    }

    @Test
    void aBookingTokenOfAnotherPersonCannotBeGuessed() {
        String slug = fixtures.publishAdultIntake();
        Map<String, Object> body = submission(IntakeFixtures.adultAnswers(0));
        body.put("bookingToken", "not-a-real-token-but-long-enough-000000000");
        post("/api/intake/forms/" + slug + "/submissions", body).statusCode(400)
                .body("errors.field", equalTo(List.of("bookingToken")));
    }

    @Test
    void malformedBodiesAreProblemsNotCrashes() {
        String slug = fixtures.publishAdultIntake();
        given().contentType(ContentType.JSON).body("{\"answers\": {").when()
                .post("/api/intake/forms/" + slug + "/submissions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", not(containsString("Exception")));
        given().contentType(ContentType.JSON).body("{\"answers\": [1, 2]}").when()
                .post("/api/intake/forms/" + slug + "/submissions").then().statusCode(400)
                .body("errors.field", hasItem("answers"));
        given().contentType(ContentType.JSON).body("{}").when()
                .post("/api/intake/forms/" + slug + "/submissions").then().statusCode(400)
                .body("errors.field", hasItem("answers"));
        given().contentType(ContentType.JSON).body("{\"answers\": {\"main_concern\": \"" + "x".repeat(70_000) + "\"}}")
                .when().post("/api/intake/forms/" + slug + "/submissions").then().statusCode(413);
        given().contentType(ContentType.TEXT).body("hello").when()
                .post("/api/intake/forms/" + slug + "/submissions").then().statusCode(415);
    }

    @Test
    void aFloodOfSubmissionsIsSlowedDownWithRetryAfter() {
        String slug = fixtures.publishAdultIntake();
        Map<String, Object> body = submission(Map.of("goals", "x"));
        for (int i = 0; i < IntakeRateLimit.CAPACITY; i++) {
            post("/api/intake/forms/" + slug + "/submissions", body).statusCode(400);
        }
        post("/api/intake/forms/" + slug + "/submissions", body).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"));
    }
}
