package app.hearth.therapist;

import app.hearth.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class TherapistResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void listsTherapistsWithTheirPublicProfile() {
        Therapist t = fixtures.therapist("America/Vancouver", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().when().get("/api/therapists").then()
                .statusCode(200)
                .body("slug", hasItem(t.slug))
                .body("find { it.slug == '" + t.slug + "' }.timezone", equalTo("America/Vancouver"))
                .body("find { it.slug == '" + t.slug + "' }.acceptingNewClients", equalTo(true))
                .body("find { it.slug == '" + t.slug + "' }.specialties", equalTo(java.util.List.of("Anxiety")));
    }

    @Test
    void oneTherapistBySlug() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().when().get("/api/therapists/" + t.slug).then()
                .statusCode(200)
                .body("name", equalTo(t.name))
                .body("languages[0]", equalTo("English"));
    }

    @Test
    void unknownTherapistIsAProblem404() {
        given().when().get("/api/therapists/nobody-here").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    @Test
    void deactivatedTherapistsAreNotListed() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        fixtures.deactivate(t);
        given().when().get("/api/therapists").then().statusCode(200).body("slug", not(hasItem(t.slug)));
        given().when().get("/api/therapists/" + t.slug).then().statusCode(404);
    }
}
