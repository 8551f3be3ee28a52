package app.hearth.blog;

import app.hearth.support.Fixtures;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.hearth.blog.ArticleRequests.body;
import static app.hearth.blog.ArticleRequests.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ArticleApiTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    TestClock clock;
    @Inject
    ArticlePublishing articles;

    private Therapist author;
    private String admin;

    @BeforeEach
    void setUp() {
        author = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        admin = tokens.admin();
    }

    @Test
    void theAdminApiNeedsAnAdmin() {
        Map<String, Object> body = body(uniqueSlug("guarded"), author.slug, "Text.", List.of());
        given().contentType(ContentType.JSON).body(body).when().post("/api/admin/articles").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(tokens.therapist(author)).contentType(ContentType.JSON).body(body)
                .when().post("/api/admin/articles").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(tokens.therapist(author)).contentType(ContentType.JSON).body(importBody("Title\n\nText."))
                .when().post("/api/admin/articles/import").then().statusCode(403);
    }

    @Test
    void aDraftIsPrivateUntilPublishedAndPrivateAgainWhenUnpublished() {
        String slug = uniqueSlug("lifecycle");
        long id = ArticleRequests.create(admin, body(slug, author.slug, "Hello **world**.", List.of("anxiety")));
        given().when().get("/api/articles/" + slug).then().statusCode(404);
        given().when().get("/blog/" + slug).then().statusCode(404);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", equalTo("2026-11-30T12:00:00Z"));
        given().when().get("/api/articles/" + slug).then().statusCode(200)
                .body("title", equalTo("Notes on " + slug))
                .body("html", containsString("<strong>world</strong>"))
                .body("author.slug", equalTo(author.slug))
                .body("faqs[0].question", equalTo("Is this a question?"))
                .body("readingMinutes", equalTo(1))
                .body("bookUrl", equalTo("/book/" + author.slug));
        given().queryParam("tag", "anxiety").when().get("/api/articles").then().statusCode(200)
                .body("items.slug", hasItem(slug)).body("tag", equalTo("anxiety"));

        given().auth().oauth2(admin).when().post("/api/admin/articles/" + id + "/unpublish").then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().when().get("/api/articles/" + slug).then().statusCode(404);
        given().when().get("/api/articles").then().body("items.slug", not(hasItem(slug)));
    }

    @Test
    void aScheduledArticleAppearsWhenItsTimeComes() {
        String slug = uniqueSlug("scheduled");
        long id = ArticleRequests.create(admin, body(slug, author.slug, "Later.", List.of()));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("at", "2026-11-30T15:00:00Z"))
                .when().post("/api/admin/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        given().when().get("/api/articles/" + slug).then().statusCode(404);

        clock.advance(Duration.ofHours(4));
        given().when().get("/api/articles/" + slug).then().statusCode(200);
        given().when().get("/blog/" + slug).then().statusCode(200);
        articles.publishDue();
        given().auth().oauth2(admin).when().get("/api/admin/articles/" + id).then().body("status", equalTo("PUBLISHED"));
    }

    @Test
    void editingAnArticleReplacesItsCachedHtml() {
        String slug = uniqueSlug("cached");
        Map<String, Object> body = body(slug, author.slug, "The first version.", List.of());
        long id = ArticleRequests.publish(admin, body);
        given().when().get("/blog/" + slug).then().statusCode(200).body(containsString("The first version."));

        body.put("body", "The second version.");
        clock.advance(Duration.ofMinutes(5));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().put("/api/admin/articles/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().when().get("/blog/" + slug).then().statusCode(200)
                .body(containsString("The second version."))
                .body(not(containsString("The first version.")));
        given().when().get("/api/articles/" + slug).then().body("html", containsString("The second version."));

        given().auth().oauth2(admin).when().delete("/api/admin/articles/" + id).then().statusCode(204);
        given().when().get("/blog/" + slug).then().statusCode(404);
        given().auth().oauth2(admin).when().get("/api/admin/articles/" + id).then().statusCode(404);
    }

    @Test
    void badArticlesAreRefusedFieldByField() {
        Map<String, Object> body = body("Not A Slug", "no-such-therapist-x", "Body", List.of("Bad Tag"));
        body.put("title", "Line\nbreak");
        body.put("heroImageUrl", "javascript:alert(1)");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/admin/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("heroImageUrl"))
                .body("errors.field", hasItem("tags[0]"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/admin/articles").then().statusCode(400).contentType("application/problem+json");

        String slug = uniqueSlug("taken");
        ArticleRequests.create(admin, body(slug, author.slug, "One.", List.of()));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body(slug, author.slug, "Two.", List.of()))
                .when().post("/api/admin/articles").then().statusCode(409);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body(uniqueSlug("nobody"), "no-such-therapist-x", "x", List.of()))
                .when().post("/api/admin/articles").then().statusCode(400).body("errors[0].field", equalTo("author"));
    }

    @Test
    void publicListingRefusesNonsenseParameters() {
        given().queryParam("page", "abc").when().get("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("tag", "<script>").when().get("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("tag"));
        given().when().get("/api/articles/no-such-article").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anImportedArticleBecomesADraftThatPublishesUnderItsOriginalDate() {
        String name = "Jordan Blake " + UUID.randomUUID().toString().substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> Therapist.update("name = ?1 where id = ?2", name, author.id));
        String content = fixture("plain-with-boilerplate.txt").replace("Jordan Blake", name);
        String slug = uniqueSlug("imported");
        long id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("content", content, "format", "text", "slug", slug, "tags", List.of("feelings")))
                .when().post("/api/admin/articles/import").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("slug", equalTo(slug))
                .body("title", equalTo("Learning to Sit With Uncomfortable Feelings"))
                .body("author", equalTo(author.slug))
                .body("faqs.size()", equalTo(2))
                .body("body", containsString("## What Avoidance Costs Us"))
                .body("body", not(containsString("Register Online")))
                .extract().jsonPath().getLong("id");
        given().when().get("/api/articles/" + slug).then().statusCode(404);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", equalTo("2025-03-03T05:00:00Z"));
        given().when().get("/blog/" + slug).then().statusCode(200)
                .body(containsString("<h2>What Avoidance Costs Us</h2>"))
                .body(containsString("Will the feeling get worse if I let it in?"));
    }

    @Test
    void importWithoutARecognisedAuthorStaysADraftUntilOneIsSet() {
        long id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(importBody("<h1>An Old Post</h1><p>By Nobody We Know</p><p>Some text.</p><script>x()</script>"))
                .when().post("/api/admin/articles/import").then().statusCode(201)
                .body("author", nullValue())
                .body("body", not(containsString("x()")))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/articles/" + id + "/publish").then().statusCode(400)
                .body("errors[0].field", equalTo("author"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("content", " "))
                .when().post("/api/admin/articles/import").then().statusCode(400)
                .body("errors[0].field", equalTo("content"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("content", "x", "format", "docx"))
                .when().post("/api/admin/articles/import").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    private static Map<String, Object> importBody(String content) {
        return Map.of("content", content);
    }

    static String fixture(String name) {
        try (InputStream in = ArticleApiTest.class.getResourceAsStream("/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
