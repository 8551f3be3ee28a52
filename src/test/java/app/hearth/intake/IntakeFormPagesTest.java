package app.hearth.intake;

import app.hearth.auth.User;
import app.hearth.staff.StaffClient;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IntakeFormPagesTest {

    private static final String FORMS = "/staff/admin/forms";

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;

    private static String definition(String title) {
        return """
                {
                  "title": "%s",
                  "sections": [ {
                    "id": "s",
                    "title": "About you",
                    "questions": [ { "id": "name", "type": "SHORT_TEXT", "label": "Your name", "required": true } ]
                  } ]
                }
                """.formatted(title);
    }

    @Test
    void theAdminCreatesAFormPublishesANewVersionAndRetiresIt() {
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        String slug = "form-" + UUID.randomUUID().toString().substring(0, 8);
        ExtractableResponse<Response> created = admin.submit(FORMS, FORMS,
                Map.of("slug", slug, "definition", definition("First form")));
        assertEquals(303, created.statusCode());
        given().get("/api/intake/forms/" + slug).then().statusCode(200).body("version", equalTo(1));

        String page = FORMS + "/" + slug;
        Page form = Page.of(admin.get(page).body());
        assertEquals("1", form.value("basedOn"));
        assertTrue(form.value("definition").contains("\"First form\""), "the newest definition, ready to change");
        assertTrue(form.linksTo("/intake/" + slug));

        ExtractableResponse<Response> published = admin.submit(page, page,
                Map.of("basedOn", "1", "definition", definition("Second form")));
        assertEquals(303, published.statusCode());
        given().get("/api/intake/forms/" + slug).then().body("version", equalTo(2)).body("title", equalTo("Second form"));
        Page versions = Page.of(admin.get(published.header("Location")).body());
        assertEquals("Replaced", versions.element("tr[data-version='1'] [data-status]").text());

        ExtractableResponse<Response> stale = admin.submit(page, page,
                Map.of("basedOn", "1", "definition", definition("Third form")));
        assertEquals(409, stale.statusCode(), "based on a version that is no longer the newest");
        assertTrue(Page.of(stale.body()).errorSummary().get(0).contains("someone published version 2"));
        given().get("/api/intake/forms/" + slug).then().body("version", equalTo(2));

        assertEquals(303, admin.submit(page, page + "/retire", Map.of()).statusCode());
        given().get("/api/intake/forms/" + slug).then().statusCode(404);
    }

    @Test
    void mistakesInTheDefinitionAreShownWithTheirLines() {
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        String slug = "form-" + UUID.randomUUID().toString().substring(0, 8);
        String broken = definition("").replace("\"id\": \"name\"", "\"id\": \"Name!\"");
        ExtractableResponse<Response> refused = admin.submit(FORMS, FORMS, Map.of("slug", slug, "definition", broken));
        assertEquals(400, refused.statusCode());
        List<String> summary = Page.of(refused.body()).errorSummary();
        assertTrue(summary.get(0).startsWith("Line 2: title"), summary.toString());
        assertTrue(summary.get(1).startsWith("Line 6: sections[0].questions[0]"), summary.toString());
        assertEquals(broken.strip(), Page.of(refused.body()).value("definition").strip(), "the text stays to fix");
        given().get("/api/intake/forms/" + slug).then().statusCode(404);

        ExtractableResponse<Response> syntax = admin.submit(FORMS, FORMS,
                Map.of("slug", slug, "definition", "{\n  \"title\": \"x\",\n  \"sections\": [\n}"));
        assertEquals(400, syntax.statusCode());
        assertTrue(Page.of(syntax.body()).errorSummary().get(0).startsWith("Line 4:"),
                Page.of(syntax.body()).errorSummary().toString());
    }

    @Test
    void aTherapistFindsNoFormsConsoleAndFormsNeedTheirToken() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(404, browser.get(FORMS).statusCode());
        String token = Page.of(browser.get("/staff/account").body()).value("formToken");
        String slug = "form-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(404, browser.post(FORMS, token, Map.of("slug", slug, "definition", definition("X"))).statusCode());
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        assertEquals(403, admin.post(FORMS, null, Map.of("slug", slug, "definition", definition("X"))).statusCode());
        given().get("/api/intake/forms/" + slug).then().statusCode(404);
    }
}
