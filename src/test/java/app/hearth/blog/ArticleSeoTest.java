package app.hearth.blog;

import app.hearth.staff.StaffClient;
import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article's own search-engine title and description: in the admin API and editor, on the public page's head. */
@QuarkusTest
class ArticleSeoTest {

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    private Therapist author() {
        return fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
    }

    @Test
    void thePublicPageUsesTheSeoFieldsAndFallsBackToTitleAndSummary() {
        String admin = tokens.admin();
        Therapist author = author();
        String slug = ArticleRequests.uniqueSlug("seo");
        Map<String, Object> body = ArticleRequests.body(slug, author.slug, "Some text about sleep.", List.of("sleep"));
        body.put("seoTitle", "Sleep better tonight: five steps");
        body.put("seoDescription", "Five small changes that help most people fall asleep sooner.");
        long id = ArticleRequests.publish(admin, body);
        given().auth().oauth2(admin).when().get("/api/admin/articles/" + id).then().statusCode(200)
                .body("seoTitle", equalTo("Sleep better tonight: five steps"))
                .body("seoDescription", equalTo("Five small changes that help most people fall asleep sooner."));
        Page page = Page.of(given().get("/blog/" + slug).then().statusCode(200).extract().asString());
        assertTrue(page.title().startsWith("Sleep better tonight: five steps"), page.title());
        assertEquals("Five small changes that help most people fall asleep sooner.", page.meta("description"));
        assertEquals("Notes on " + slug, page.h1(), "the page's heading stays the article's title");

        String plain = ArticleRequests.uniqueSlug("plain");
        ArticleRequests.publish(admin, ArticleRequests.body(plain, author.slug, "Other text.", List.of("sleep")));
        Page fallback = Page.of(given().get("/blog/" + plain).then().statusCode(200).extract().asString());
        assertTrue(fallback.title().startsWith("Notes on " + plain), fallback.title());
        assertEquals("A short article about " + plain + ".", fallback.meta("description"));
    }

    @Test
    void theApiRefusesSeoFieldsThatSearchEnginesWouldCut() {
        Map<String, Object> body = ArticleRequests.body(ArticleRequests.uniqueSlug("long"), author().slug, "Text.",
                List.of());
        body.put("seoTitle", "t".repeat(71));
        body.put("seoDescription", "d".repeat(161));
        given().auth().oauth2(tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/admin/articles").then().statusCode(400)
                .body("errors.field", hasItem("seoTitle"))
                .body("errors.field", hasItem("seoDescription"));
    }

    @Test
    void theEditorSavesTheSeoFieldsAndShowsWhatIsTooLongAtItsField() {
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        String slug = ArticleRequests.uniqueSlug("editor");
        Map<String, String> fields = new HashMap<>();
        fields.put("title", "Worry at night");
        fields.put("slug", slug);
        fields.put("body", "Worry keeps people awake.");
        fields.put("author", author().slug);
        fields.put("seoTitle", "Worry at night, and what helps");
        fields.put("seoDescription", "x".repeat(161));
        fields.put("action", "save");
        ExtractableResponse<Response> refused = admin.submit("/staff/admin/articles/new", "/staff/admin/articles/new",
                fields);
        assertEquals(400, refused.statusCode());
        Page page = Page.of(refused.body());
        assertEquals(List.of("Search engine description: must be at most 160 characters, or search engines cut it"),
                page.errorSummary());
        assertEquals("#seoDescription", page.element(".error-summary a").attr("href"));
        assertEquals("Worry at night, and what helps", page.value("seoTitle"), "what was typed stays");
        assertEquals("Search engine title (optional)", page.labelOf("seoTitle").orElseThrow());

        fields.put("seoDescription", "What to do when worry keeps you awake.");
        ExtractableResponse<Response> saved = admin.submit("/staff/admin/articles/new", "/staff/admin/articles/new",
                fields);
        assertEquals(303, saved.statusCode());
        Page editor = Page.of(admin.get(saved.header("Location")).body());
        assertEquals("Worry at night, and what helps", editor.value("seoTitle"));
        assertEquals("What to do when worry keeps you awake.", editor.element("#seoDescription").val());
    }
}
