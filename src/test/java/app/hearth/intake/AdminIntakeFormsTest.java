package app.hearth.intake;

import app.hearth.support.IntakeFixtures;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Admins manage forms; a change publishes a new version and earlier submissions keep the one they answered. */
@QuarkusTest
class AdminIntakeFormsTest {

    @Inject
    Tokens tokens;

    private static Map<String, Object> smallForm(String title, boolean withPhone) {
        List<Map<String, Object>> questions = new java.util.ArrayList<>();
        questions.add(Map.of("id", "name", "type", "SHORT_TEXT", "label", "Your name", "required", true));
        if (withPhone) {
            questions.add(Map.of("id", "phone", "type", "PHONE", "label", "Phone", "required", true));
        }
        return Map.of("title", title, "sections", List.of(Map.of("id", "s", "title", "About you", "questions", questions)));
    }

    @Test
    void publishingAChangeMakesANewVersionAndOldSubmissionsKeepTheirs() {
        String admin = tokens.admin();
        String slug = "form-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "definition", smallForm("Short form", false)))
                .when().post("/api/admin/intake-forms").then().statusCode(201).body("version", equalTo(1));
        String first = given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("name", "Ari")))
                .when().post("/api/intake/forms/" + slug + "/submissions").then().statusCode(201).extract().path("reference");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(smallForm("Short form", true))
                .when().put("/api/admin/intake-forms/" + slug).then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("PUBLISHED"));
        given().when().get("/api/intake/forms/" + slug).then().body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("name", "Ari")))
                .when().post("/api/intake/forms/" + slug + "/submissions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("answers.phone")));

        given().auth().oauth2(admin).when().get("/api/admin/intake-forms/" + slug).then().statusCode(200)
                .body("version", equalTo(List.of(2, 1)))
                .body("status", equalTo(List.of("PUBLISHED", "SUPERSEDED")));
        given().auth().oauth2(admin).when().get("/api/admin/intakes/" + first).then().statusCode(200)
                .body("formVersion", equalTo(1));
    }

    @Test
    void aBrokenDefinitionIsRefusedWithEveryProblemNamed() {
        Map<String, Object> broken = new HashMap<>(smallForm("", false));
        broken.put("sections", List.of(Map.of("id", "s", "title", "S", "questions", List.of(
                Map.of("id", "pick", "type", "SINGLE_CHOICE", "label", "Pick one"),
                Map.of("id", "pick", "type", "SHORT_TEXT", "label", "Again")))));
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(broken)
                .when().put("/api/admin/intake-forms/form-" + UUID.randomUUID().toString().substring(0, 8))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("definition.title", "definition.sections[0].questions[0]",
                        "definition.sections[0].questions[1]")));
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(smallForm("Fine", false))
                .when().put("/api/admin/intake-forms/Bad Slug!").then().statusCode(400)
                .body("errors.field", equalTo(List.of("slug")));
    }

    @Test
    void aRetiredFormIsNoLongerOffered() {
        String admin = tokens.admin();
        String slug = "form-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(smallForm("Going away", false))
                .when().put("/api/admin/intake-forms/" + slug).then().statusCode(200);
        given().auth().oauth2(admin).when().post("/api/admin/intake-forms/" + slug + "/retire").then().statusCode(200)
                .body("status", equalTo("RETIRED"));
        given().when().get("/api/intake/forms/" + slug).then().statusCode(404);
        given().auth().oauth2(admin).when().get("/api/admin/intake-forms").then().statusCode(200)
                .body("find { it.slug == '" + slug + "' }.status", equalTo("RETIRED"));
    }

    @Test
    void theDemoFormsAreValidDefinitions() {
        for (String slug : List.of("adult-individual-intake", "couples-intake")) {
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), DemoIntakeForms.load(slug).problems(), slug);
        }
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "couples-" + UUID.randomUUID().toString().substring(0, 8),
                        "definition", DemoIntakeForms.load("couples-intake")))
                .when().post("/api/admin/intake-forms").then().statusCode(201)
                .body("definition.sections.id", hasItem("partner_b"))
                .body("definition.sections.find { it.id == 'gad7' }.questions", hasSize(7));
    }
}
