package app.hearth.site;

import app.hearth.support.Fixtures;
import app.hearth.support.TestClock;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class SitePagesTest {

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void homeShowsThePracticeTheTherapistsAndTheCallToAction() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String html = given().when().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<title>Maple Grove Counselling</title>"))
                .body(containsString("href=\"/therapists/" + t.slug + "\""))
                .body(containsString("Book your 15-minute discovery call"))
                .body(containsString("\"@type\":\"MedicalBusiness\""))
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/\">"))
                .extract().asString();
        assertOneH1(html);
    }

    @Test
    void therapistDirectoryAndProfile() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().when().get("/therapists").then().statusCode(200)
                .body(containsString("<title>Our therapists | Maple Grove Counselling</title>"))
                .body(containsString(t.name));
        String html = given().when().get("/therapists/" + t.slug).then().statusCode(200)
                .body(containsString("<title>" + t.name + " | Maple Grove Counselling</title>"))
                .body(containsString("href=\"/book/" + t.slug + "\""))
                .body(containsString("<meta property=\"og:type\" content=\"profile\">"))
                .extract().asString();
        assertOneH1(html);
    }

    @Test
    void scriptInATherapistsNameAndBioComesOutInert() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Therapist.update(
                "name = ?1, bio = ?2 where id = ?3", "</script><script>alert('name')</script>",
                "<img src=x onerror=alert('bio')>", t.id));
        for (String path : new String[] {"/", "/therapists", "/therapists/" + t.slug, "/book", "/book/" + t.slug}) {
            String html = given().when().get(path).then().statusCode(200).extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(html.contains("<script>alert"), path);
            org.junit.jupiter.api.Assertions.assertFalse(html.contains("<img src=x"), path);
        }
        given().when().get("/therapists/" + t.slug).then()
                .body(containsString("&lt;/script&gt;&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"))
                .body(containsString("\\u003c/script\\u003e\\u003cscript\\u003ealert('name')"));
    }

    @Test
    void privacyPageRenders() {
        given().when().get("/privacy").then().statusCode(200)
                .body(containsString("<title>Privacy | Maple Grove Counselling</title>"))
                .body(containsString("no cookies"));
    }

    @Test
    void unknownPagesGetTheStyledNotFoundPageWhileTheApiKeepsProblemJson() {
        given().when().get("/no-such-page").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("find that page"))
                .body(containsString("href=\"/css/site.css\""));
        given().when().get("/therapists/nobody-by-this-name").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("find that page"));
        given().when().get("/api/therapists/nobody-by-this-name").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/no-such-endpoint").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        String csp = given().when().get("/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("X-Frame-Options", "DENY")
                .extract().header("Content-Security-Policy");
        org.junit.jupiter.api.Assertions.assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        org.junit.jupiter.api.Assertions.assertTrue(csp.contains("script-src 'self';"), csp);
        org.junit.jupiter.api.Assertions.assertFalse(csp.contains("unsafe-inline"), csp);
        given().when().get("/css/site.css").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().when().get("/manage/" + "x".repeat(43)).then().header("Referrer-Policy", "no-referrer");
    }

    @Test
    void theOnlyInlineScriptsAreJsonLdDataBlocks() {
        // browsers never execute a JSON-LD data block, so it needs no nonce; any executable inline script would
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script([^>]*)>").matcher(html);
        int inline = 0;
        while (scripts.find()) {
            String attributes = scripts.group(1);
            if (!attributes.contains("src=")) {
                inline++;
                org.junit.jupiter.api.Assertions.assertTrue(attributes.contains("type=\"application/ld+json\""), attributes);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(inline >= 1);
    }

    @Test
    void crossSiteFormPostsAreRefused() {
        given().header("Origin", "https://evil.example").formParam("name", "x")
                .when().post("/book/any").then().statusCode(403)
                .body(containsString("Forms may only be sent from this site."));
        // the public address is accepted even when a proxy hands the app another Host; the form token decides
        given().header("Origin", "http://localhost:8080").formParam("name", "x")
                .when().post("/book/any").then().statusCode(403)
                .body(containsString("Form expired"));
    }

    @Test
    void anOpaqueOriginIsJudgedByTheBrowsersFetchSite() {
        // no-referrer pages (manage, intake) make browsers send "Origin: null" with their own form posts
        given().header("Origin", "null").header("Sec-Fetch-Site", "same-origin").formParam("name", "x")
                .when().post("/book/any").then().statusCode(403)
                .body(containsString("Form expired"));
        given().header("Origin", "null").header("Sec-Fetch-Site", "cross-site").formParam("name", "x")
                .when().post("/book/any").then().statusCode(403)
                .body(containsString("Forms may only be sent from this site."));
    }

    @Test
    void robotsPointsAtTheSitemapAndKeepsPrivatePagesOut() {
        given().when().get("/robots.txt").then().statusCode(200)
                .body(containsString("Sitemap: http://localhost:8080/sitemap.xml"))
                .body(containsString("Disallow: /manage/"))
                .body(not(containsString("Disallow: /blog")));
    }

    static void assertOneH1(String html) {
        int count = html.split("<h1[ >]", -1).length - 1;
        org.junit.jupiter.api.Assertions.assertEquals(1, count, "exactly one h1 per page");
    }
}
