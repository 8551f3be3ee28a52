package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intake list and reader of the workspace: own intakes only, urgent first, scores and bands, every read audited. */
@QuarkusTest
class IntakePagesTest {

    @Inject
    IntakeFixtures intakes;
    @Inject
    StaffAccounts accounts;
    @Inject
    Tokens tokens;

    @Test
    void theTherapistListsReadsAndIsAuditedAndAnotherTherapistGetsNotFound() {
        String slug = intakes.publishAdultIntake();
        IntakeFixtures.Booked booked = intakes.book("intake-page-" + System.nanoTime() + "@example.org");
        String calm = submit(slug, booked, 0);
        String urgent = submit(slug, intakes.bookAgain(booked.therapist(), "intake-page-again-" + System.nanoTime()
                + "@example.org"), 3);
        StaffClient browser = signedIn(booked.therapist());

        ExtractableResponse<Response> listed = browser.get("/staff/intakes");
        assertEquals("no-store", listed.header("Cache-Control"));
        Page list = Page.of(listed.body());
        List<String> order = list.document().select("[data-intake]").eachAttr("data-intake");
        assertEquals(List.of(urgent, calm), order, "urgent first");
        assertNotNull(list.document().selectFirst("[data-intake=" + urgent + "] [data-urgent]"));
        String listedScores = list.document().selectFirst("[data-intake=" + urgent + "] [data-scores]").text();
        assertTrue(listedScores.contains("PHQ-9") && listedScores.contains("GAD-7 14 of 21, moderate"), listedScores);

        ExtractableResponse<Response> opened = browser.get("/staff/intakes/" + urgent);
        assertEquals(200, opened.statusCode());
        assertEquals("no-store", opened.header("Cache-Control"));
        Page reader = Page.of(opened.body());
        assertNotNull(reader.document().selectFirst("[data-urgent]"));
        String scores = reader.document().selectFirst("[data-scores]").text();
        assertTrue(scores.contains("PHQ-9") && scores.contains("GAD-7 14 of 21"), scores);
        assertTrue(reader.document().selectFirst("[data-answers]").text().contains("Quokka-Zebra-7781"));

        given().auth().oauth2(tokens.admin()).queryParam("reference", urgent).when().get("/api/admin/audit")
                .then().statusCode(200).body("action", org.hamcrest.Matchers.equalTo(List.of("READ", "READ_SCORES")));

        Page detail = Page.of(browser.get("/staff/bookings/" + booked.reference()).body());
        assertNotNull(detail.document().selectFirst("[data-intake-link]"), "the booking links to its intake");

        StaffClient other = signedIn(intakes.book("someone-else-" + System.nanoTime() + "@example.org").therapist());
        ExtractableResponse<Response> refused = other.get("/staff/intakes/" + urgent);
        assertEquals(404, refused.statusCode());
        assertFalse(refused.body().asString().contains("Quokka"));
        assertTrue(Page.of(other.get("/staff/intakes").body()).document().select("[data-intake]").isEmpty());
        given().auth().oauth2(tokens.admin()).queryParam("reference", urgent).when().get("/api/admin/audit")
                .then().statusCode(200).body("action", org.hamcrest.Matchers.equalTo(List.of("READ", "READ_SCORES")));
    }

    private static String submit(String slug, IntakeFixtures.Booked booked, int phq9Item9) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", IntakeFixtures.adultAnswers(phq9Item9));
        body.put("bookingToken", booked.manageToken());
        return given().contentType(ContentType.JSON).body(body).when().post("/api/intake/forms/" + slug + "/submissions")
                .then().statusCode(201).extract().path("reference");
    }

    private StaffClient signedIn(Therapist therapist) {
        User login = accounts.login(therapist);
        StaffClient browser = StaffClient.fresh();
        assertEquals(303, browser.signIn(login.email, Tokens.PASSWORD).statusCode());
        return browser;
    }
}
