package app.hearth.blog;

import app.hearth.auth.User;
import app.hearth.staff.StaffClient;
import app.hearth.support.Fixtures;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ArticleAdminPagesTest {

    private static final String ARTICLES = "/staff/admin/articles";

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    private StaffClient admin() {
        return StaffClient.admin(tokens, accounts, clock);
    }

    private Map<String, String> article(String slug, String author) {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", "Sleep and worry " + slug);
        fields.put("slug", slug);
        fields.put("body", "Worry keeps **many** people awake.\n\n<script>alert(1)</script>\n\n- breathe\n- write it down");
        fields.put("author", author);
        fields.put("tags", "sleep, anxiety");
        fields.put("faqQuestion", "Does it help?");
        fields.put("faqAnswer", "Often, yes.");
        return fields;
    }

    private static long idOf(ExtractableResponse<Response> saved) {
        String location = saved.header("Location");
        return Long.parseLong(location.replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    @Test
    void theAdminWritesPreviewsSavesAndPublishesAnArticle() {
        StaffClient admin = admin();
        Therapist author = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String slug = ArticleRequests.uniqueSlug("sleep");
        Map<String, String> fields = article(slug, author.slug);

        fields.put("action", "preview");
        ExtractableResponse<Response> preview = admin.submit(ARTICLES + "/new", ARTICLES + "/new", fields);
        assertEquals(200, preview.statusCode());
        Page shown = Page.of(preview.body());
        assertEquals("many", shown.element("[data-preview] strong").text(), "rendered Markdown");
        assertTrue(shown.document().select("[data-preview] script").isEmpty(), "sanitized as on the public page");
        assertEquals(slug, shown.value("slug"), "the form keeps what was typed");
        given().get("/blog/" + slug).then().statusCode(404);

        fields.put("action", "save");
        ExtractableResponse<Response> saved = admin.submit(ARTICLES + "/new", ARTICLES + "/new", fields);
        assertEquals(303, saved.statusCode());
        long id = idOf(saved);
        Page editor = Page.of(admin.get(saved.header("Location")).body());
        assertEquals("Draft", editor.element("[data-article-status]").text());
        given().get("/blog/" + slug).then().statusCode(404);

        String edit = ARTICLES + "/" + id;
        assertEquals(303, admin.submit(edit, edit + "/publish", Map.of("when", "now")).statusCode());
        String html = given().get("/blog/" + slug).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Does it help?"));
        Page list = Page.of(admin.get(ARTICLES + "?tag=sleep&q=" + slug).body());
        assertTrue(list.element("tr[data-article='" + slug + "'] [data-status]").text().startsWith("Published"));

        assertEquals(303, admin.submit(edit, edit + "/unpublish", Map.of()).statusCode());
        given().get("/blog/" + slug).then().statusCode(404);
    }

    @Test
    void aScheduledArticleAppearsAtItsTimeAndARenamedOneRedirectsFromItsOldAddress() {
        StaffClient admin = admin();
        Therapist author = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String slug = ArticleRequests.uniqueSlug("later");
        Map<String, String> fields = article(slug, author.slug);
        fields.put("action", "save");
        long id = idOf(admin.submit(ARTICLES + "/new", ARTICLES + "/new", fields));
        String edit = ARTICLES + "/" + id;

        // the test clock starts at 2026-11-30T12:00Z, 07:00 in the practice's Toronto
        ExtractableResponse<Response> scheduled = admin.submit(edit, edit + "/publish",
                Map.of("when", "later", "at", "2026-12-02T09:30"));
        assertEquals(303, scheduled.statusCode());
        assertTrue(Page.of(admin.get(scheduled.header("Location")).body()).element("[data-article-status]").text()
                .startsWith("Scheduled for 2 December 2026, 09:30"));
        given().get("/blog/" + slug).then().statusCode(404);

        String renamed = slug + "-renamed";
        Page form = Page.of(admin.get(edit).body());
        fields.put("slug", renamed);
        fields.put("version", form.value("version"));
        assertEquals(303, admin.post(edit, form.value("formToken"), fields).statusCode());
        given().redirects().follow(false).get("/blog/" + slug).then().statusCode(404);

        clock.advance(Duration.ofDays(3));
        given().get("/blog/" + renamed).then().statusCode(200);
        given().redirects().follow(false).get("/blog/" + slug).then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/blog/" + renamed));
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedAndNothingIsLost() {
        StaffClient first = admin();
        StaffClient second = admin();
        String slug = ArticleRequests.uniqueSlug("both");
        Map<String, String> fields = article(slug, "");
        fields.put("action", "save");
        long id = idOf(first.submit(ARTICLES + "/new", ARTICLES + "/new", fields));
        String edit = ARTICLES + "/" + id;
        Page firstForm = Page.of(first.get(edit).body());
        Page secondForm = Page.of(second.get(edit).body());

        fields.put("title", "The first admin's title");
        fields.put("version", firstForm.value("version"));
        assertEquals(303, first.post(edit, firstForm.value("formToken"), fields).statusCode());
        fields.put("title", "The second admin's title");
        fields.put("version", secondForm.value("version"));
        ExtractableResponse<Response> refused = second.post(edit, secondForm.value("formToken"), fields);
        assertEquals(409, refused.statusCode());
        Page page = Page.of(refused.body());
        assertTrue(page.errorSummary().get(0).contains("Someone else saved this article"), page.errorSummary().toString());
        assertEquals("The second admin's title", page.value("title"), "the refused edit is still on the form");
        assertEquals("The first admin's title", Page.of(first.get(edit).body()).value("title"));
    }

    @Test
    void wrongFieldsArePointedOutAndPublishingNeedsAnAuthor() {
        StaffClient admin = admin();
        Map<String, String> fields = article("Not A Slug", "");
        fields.put("title", "");
        fields.put("action", "save");
        ExtractableResponse<Response> refused = admin.submit(ARTICLES + "/new", ARTICLES + "/new", fields);
        assertEquals(400, refused.statusCode());
        List<String> summary = Page.of(refused.body()).errorSummary();
        assertTrue(summary.get(0).startsWith("Title:") && summary.get(1).startsWith("Address name:"), summary.toString());

        String slug = ArticleRequests.uniqueSlug("anon");
        Map<String, String> draft = article(slug, "");
        draft.put("action", "save");
        long id = idOf(admin.submit(ARTICLES + "/new", ARTICLES + "/new", draft));
        String edit = ARTICLES + "/" + id;
        ExtractableResponse<Response> noAuthor = admin.submit(edit, edit + "/publish", Map.of("when", "now"));
        assertEquals(400, noAuthor.statusCode());
        assertTrue(Page.of(noAuthor.body()).errorSummary().get(0).startsWith("Author:"));
        ExtractableResponse<Response> badTime = admin.submit(edit, edit + "/publish", Map.of("when", "later", "at", "soon"));
        assertEquals(400, badTime.statusCode());
        given().get("/blog/" + slug).then().statusCode(404);
    }

    @Test
    void deletingAsksFirstThenRemovesTheArticle() {
        StaffClient admin = admin();
        Therapist author = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String slug = ArticleRequests.uniqueSlug("gone");
        Map<String, String> fields = article(slug, author.slug);
        fields.put("action", "save");
        long id = idOf(admin.submit(ARTICLES + "/new", ARTICLES + "/new", fields));
        String edit = ARTICLES + "/" + id;
        admin.submit(edit, edit + "/publish", Map.of("when", "now"));
        Page confirm = Page.of(admin.get(edit + "/delete").body());
        assertEquals("Delete an article", confirm.h1());
        given().get("/blog/" + slug).then().statusCode(200);
        assertEquals(303, admin.submit(edit + "/delete", edit + "/delete", Map.of()).statusCode());
        given().get("/blog/" + slug).then().statusCode(404);
        assertEquals(404, admin.get(edit).statusCode());
    }

    @Test
    void anImportIsPreviewedBeforeItIsSavedAsADraft() {
        StaffClient admin = admin();
        String html = "<html><body><h1>Coping with the holidays</h1><p>The season can be <em>hard</em>.</p>"
                + "<p>Here is what helps.</p></body></html>";
        long before = count();
        ExtractableResponse<Response> preview = admin.submit(ARTICLES + "/import", ARTICLES + "/import/preview",
                Map.of("content", html));
        assertEquals(200, preview.statusCode());
        Page shown = Page.of(preview.body());
        assertEquals("Coping with the holidays", shown.element("[data-title]").text());
        assertEquals("hard", shown.element("[data-preview] em").text());
        assertEquals(before, count(), "nothing saved by a preview");

        ExtractableResponse<Response> saved = admin.post(ARTICLES + "/import", shown.value("formToken"),
                Map.of("content", shown.element("form[action='/staff/admin/articles/import'] [name=content]").val(),
                        "format", "html"));
        assertEquals(303, saved.statusCode());
        Page editor = Page.of(admin.get(saved.header("Location")).body());
        assertEquals("Coping with the holidays", editor.value("title"));
        assertEquals("Draft", editor.element("[data-article-status]").text());
        assertEquals(before + 1, count());
    }

    @Test
    void anUploadedFileIsPreviewedAndAWrongFileIsRefused() {
        StaffClient admin = admin();
        String token = Page.of(admin.get(ARTICLES + "/import").body()).value("formToken");
        ExtractableResponse<Response> shown = given().redirects().follow(false).cookie("hearth_staff", admin.cookie)
                .header("X-Forwarded-For", "203.0.113.250")
                .multiPart("formToken", token)
                .multiPart("file", "old-post.md", "# Rest well\n\nSleep is **medicine**.\n".getBytes(StandardCharsets.UTF_8),
                        "text/markdown")
                .post(ARTICLES + "/import/upload").then().extract();
        assertEquals(200, shown.statusCode());
        assertEquals("Rest well", Page.of(shown.body()).element("[data-title]").text());

        ExtractableResponse<Response> wrong = given().redirects().follow(false).cookie("hearth_staff", admin.cookie)
                .header("X-Forwarded-For", "203.0.113.250")
                .multiPart("formToken", token)
                .multiPart("file", "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png")
                .post(ARTICLES + "/import/upload").then().extract();
        assertEquals(400, wrong.statusCode());
        assertTrue(Page.of(wrong.body()).errorSummary().get(0).contains(".md, .html or .txt"));
    }

    @Test
    void onlyAdminsFindTheArticlesConsoleAndFormsNeedTheirToken() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(404, browser.get(ARTICLES).statusCode());
        assertEquals(404, browser.get(ARTICLES + "/new").statusCode());
        long before = count();
        String token = Page.of(browser.get("/staff/account").body()).value("formToken");
        Map<String, String> fields = article(ArticleRequests.uniqueSlug("nope"), "");
        assertEquals(404, browser.post(ARTICLES + "/new", token, fields).statusCode());

        StaffClient admin = admin();
        assertEquals(403, admin.post(ARTICLES + "/new", null, fields).statusCode());
        assertEquals(before, count());
        assertNotNull(Page.of(admin.get(ARTICLES).body()).element("a[href='/staff/admin/articles/new']"));
        assertFalse(Page.of(admin.get(ARTICLES).body()).text().isEmpty());
    }

    private static long count() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Article.count());
    }
}
