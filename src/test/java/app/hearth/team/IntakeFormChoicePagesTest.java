package app.hearth.team;

import app.hearth.auth.User;
import app.hearth.staff.StaffClient;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin chooses the intake form each therapist's clients are offered: the therapist's own meeting setting. */
@QuarkusTest
class IntakeFormChoicePagesTest {

    private static final String PAGE = "/staff/admin/team/intake-forms";

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    Fixtures fixtures;
    @Inject
    IntakeFixtures intakes;
    @Inject
    TestClock clock;

    private static String intakeUrlOfANewBooking(Therapist therapist, Instant start) {
        return BookingRequests.book(BookingRequests.body(therapist.slug, start)).statusCode(201).extract()
                .path("intakeUrl");
    }

    @Test
    void theChosenFormIsTheOneTheTherapistsClientsAreOffered() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String slug = intakes.publishAdultIntake();
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);

        ExtractableResponse<Response> shown = admin.get(PAGE);
        assertEquals(200, shown.statusCode());
        assertEquals("no-store", shown.header("Cache-Control"));
        Page page = Page.of(shown.body());
        assertEquals("Intake form for each therapist", page.h1());
        assertEquals("", page.element("#form-" + therapist.id + " option[selected]").val(), "the practice's default");
        assertTrue(page.document().select("#form-" + therapist.id + " option").eachAttr("value").contains(slug));
        assertEquals("Intake form for " + therapist.name, page.labelOf("form-" + therapist.id).orElseThrow());

        ExtractableResponse<Response> chosen = admin.submit(PAGE, PAGE + "/" + therapist.id, Map.of("intakeForm", slug));
        assertEquals(303, chosen.statusCode());
        Page after = Page.of(admin.get(chosen.header("Location")).body());
        assertTrue(after.notice("now offered").contains("chosen form"));
        assertEquals(slug, after.element("#form-" + therapist.id + " option[selected]").val());
        given().auth().oauth2(tokens.therapist(therapist)).when().get("/api/me/meeting").then().statusCode(200)
                .body("intakeForm", equalTo(slug));
        assertTrue(intakeUrlOfANewBooking(therapist, Instant.parse("2026-12-01T15:00:00Z")).contains("/intake/" + slug + "?"),
                "the client is offered the chosen form");

        assertEquals(303, admin.submit(PAGE, PAGE + "/" + therapist.id, Map.of("intakeForm", "none")).statusCode());
        assertNull(intakeUrlOfANewBooking(therapist, Instant.parse("2026-12-01T16:00:00Z")), "no form offered");

        ExtractableResponse<Response> unknown = admin.submit(PAGE, PAGE + "/" + therapist.id,
                Map.of("intakeForm", "no-such-form"));
        assertEquals(400, unknown.statusCode());
        Page refused = Page.of(unknown.body());
        assertEquals(List.of("Intake form: is not a published intake form"), refused.errorSummary());
        assertEquals("#form-" + therapist.id, refused.element(".error-summary a").attr("href"));
        given().auth().oauth2(tokens.therapist(therapist)).when().get("/api/me/meeting").then()
                .body("intakeForm", equalTo("none"));
    }

    @Test
    void onlyAnAdminWithTheFormsTokenChooses() {
        Therapist other = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(404, browser.get(PAGE).statusCode());
        String token = Page.of(browser.get("/staff/account").body()).value("formToken");
        assertEquals(404, browser.post(PAGE + "/" + other.id, token, Map.of("intakeForm", "none")).statusCode());

        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        assertEquals(403, admin.post(PAGE + "/" + other.id, null, Map.of("intakeForm", "none")).statusCode());
        assertEquals("", Page.of(admin.get(PAGE).body()).element("#form-" + other.id + " option[selected]").val(),
                "still the practice's default");
        String adminToken = Page.of(admin.get(PAGE).body()).value("formToken");
        assertEquals(404, admin.post(PAGE + "/999999999", adminToken, Map.of("intakeForm", "none")).statusCode(),
                "no such therapist");
    }
}
