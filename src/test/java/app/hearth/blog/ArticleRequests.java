package app.hearth.blog;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds article bodies and drives the admin API, so tests read as what an admin does. */
final class ArticleRequests {

    private ArticleRequests() {
    }

    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> body(String slug, String author, String markdown, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", "Notes on " + slug);
        body.put("summary", "A short article about " + slug + ".");
        body.put("body", markdown);
        body.put("author", author);
        body.put("tags", tags);
        body.put("faqs", List.of(Map.of("question", "Is this a question?", "answer", "Yes, and this is its answer.")));
        return body;
    }

    /** Creates and publishes; returns the article's id. */
    static long publish(String admin, Map<String, Object> body) {
        long id = create(admin, body);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static long create(String admin, Map<String, Object> body) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
