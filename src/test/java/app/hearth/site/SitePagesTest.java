package app.hearth.site;

import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.therapist.Therapist;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SitePagesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void homeShowsThePracticeTheTherapistsAndTheCallToAction() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page home = Page.of(given().when().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .extract());
        assertEquals("Maple Grove Counselling", home.title());
        assertEquals("Maple Grove Counselling", home.h1());
        assertEquals("/therapists/" + t.slug, home.link(t.name).attr("href"));
        assertEquals("/book", home.link("Book your 15-minute discovery call").attr("href"));
        assertEquals(List.of("MedicalBusiness"), home.jsonLdTypes());
        assertEquals("http://localhost:8080/", home.canonical());
    }

    @Test
    void scriptInATherapistsNameAndBioComesOutInert() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String name = "</script><script>alert('name')</script>";
        String bio = "<img src=x onerror=alert('bio')>";
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Therapist.update(
                "name = ?1, bio = ?2 where id = ?3", name, bio, t.id));
        for (String path : new String[] {"/", "/therapists", "/therapists/" + t.slug, "/book", "/book/" + t.slug}) {
            Page page = Page.of(given().when().get(path).then().statusCode(200).extract());
            assertTrue(page.inlineScripts().isEmpty(), path + ": " + page.inlineScripts());
            assertTrue(page.document().select("img[onerror]").isEmpty(), path);
            assertTrue(page.text().contains(name), path + " shows the name as text");
        }
        Page profile = Page.of(given().when().get("/therapists/" + t.slug).then().extract());
        assertEquals(name, profile.h1());
        assertTrue(profile.text().contains(bio), "the bio is shown as text");
        // in the JSON-LD data block the name is data, and no "</script" in it could end the block early
        String block = profile.element("script[type=application/ld+json]").data();
        assertFalse(block.contains("</script"), block);
        JsonNode person = new ObjectMapper().readTree(block);
        assertEquals(name, person.get("name").asText());
    }

    @Test
    void privacyPageRenders() {
        Page page = Page.of(given().when().get("/privacy").then().statusCode(200).extract());
        assertEquals("Privacy | Maple Grove Counselling", page.title());
        assertEquals("Privacy", page.h1());
        assertTrue(page.text().contains("no cookies"), page.text());
    }

    @Test
    void robotsPointsAtTheSitemapAndKeepsPrivatePagesOut() {
        given().when().get("/robots.txt").then().statusCode(200)
                .body(containsString("Sitemap: http://localhost:8080/sitemap.xml"))
                .body(containsString("Disallow: /manage/"))
                .body(not(containsString("Disallow: /blog")));
    }
}
