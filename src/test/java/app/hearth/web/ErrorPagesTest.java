package app.hearth.web;

import app.hearth.support.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Addresses nothing answers: pages get the site's styled 404, the API keeps problem+json. */
@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownPagesGetTheStyledNotFoundPageWhileTheApiKeepsProblemJson() {
        Page page = Page.of(given().when().get("/no-such-page").then().statusCode(404)
                .contentType(startsWith("text/html")).extract());
        assertEquals("We couldn't find that page", page.h1());
        assertEquals("Page not found | Maple Grove Counselling", page.title());
        assertEquals("/", page.link("Go to the home page").attr("href"));
        assertTrue(page.document().select("link[rel=stylesheet]").eachAttr("href").contains("/css/site.css"));
        assertTrue(page.hidesFromSearchEngines());
        given().when().get("/api/therapists/nobody-by-this-name").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/no-such-endpoint").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
