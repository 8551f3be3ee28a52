package app.hearth.blog;

import app.hearth.support.Fixtures;
import app.hearth.support.LongCacheProfile;
import app.hearth.support.Page;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With rendered article pages kept for a minute, an edit or an unpublish still shows on the very next read. */
@QuarkusTest
@TestProfile(LongCacheProfile.class)
class ArticlePageCacheTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Tokens tokens;

    @Test
    void editsAndUnpublishingShowAtOnce() {
        clock.reset();
        String admin = tokens.admin();
        Therapist author = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "10:00");
        String slug = "cached-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", "First title");
        body.put("summary", "A short article.");
        body.put("body", "Some words.");
        body.put("author", author.slug);
        body.put("tags", List.of("cache-test"));
        long id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        clock.advance(Duration.ofSeconds(1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
        assertEquals("First title", Page.of(given().when().get("/blog/" + slug).then().statusCode(200).extract()).h1());

        body.put("title", "Second title");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().put("/api/admin/articles/" + id).then().statusCode(200);
        Page edited = Page.of(given().when().get("/blog/" + slug).then().statusCode(200).extract());
        assertEquals("Second title", edited.h1());
        assertEquals("Second title | Maple Grove Counselling", edited.title());

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/articles/" + id + "/unpublish").then().statusCode(200);
        given().when().get("/blog/" + slug).then().statusCode(404);
    }
}
