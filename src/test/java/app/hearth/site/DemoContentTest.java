package app.hearth.site;

import app.hearth.support.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With demo data on, an empty database gets the demo therapists and three articles by them, with tags and FAQs. */
@QuarkusTest
@TestProfile(DemoContentTest.DemoData.class)
class DemoContentTest {

    /** Starts the app on a cleaned database with demo data switched on. */
    public static class DemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hearth.demo-data", "true");
        }
    }

    @Test
    void theDemoBlogHasThreeArticlesByTheDemoTherapists() {
        given().when().get("/api/articles").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.author.slug", hasItems("amara-okafor", "daniel-reyes", "priya-shah"));
        List<String> slugs = given().when().get("/api/articles").then().extract().jsonPath().getList("items.slug");
        for (String slug : slugs) {
            Page article = Page.of(given().when().get("/blog/" + slug).then().statusCode(200).extract());
            assertTrue(article.jsonLdTypes().contains("FAQPage"), article.jsonLdTypes()::toString);
            assertTrue(article.link("Book your 15-minute discovery call").attr("href").startsWith("/book/"));
            given().when().get("/api/articles/" + slug).then().body("faqs.size()", equalTo(2)).body("tags.size()",
                    org.hamcrest.Matchers.greaterThan(0));
        }
    }

    @Test
    void theDemoTherapistsHavePortraits() {
        for (String slug : List.of("amara-okafor", "daniel-reyes", "priya-shah")) {
            Page profile = Page.of(given().when().get("/therapists/" + slug).then().statusCode(200).extract());
            assertEquals("/images/therapists/" + slug + ".svg", profile.element("img.portrait").attr("src"));
            assertEquals("Portrait of " + profile.h1(), profile.element("img.portrait").attr("alt"));
            given().when().get("/images/therapists/" + slug + ".svg").then().statusCode(200)
                    .contentType(containsString("image/svg+xml"));
        }
    }
}
