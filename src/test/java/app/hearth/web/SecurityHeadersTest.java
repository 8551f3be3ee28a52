package app.hearth.web;

import app.hearth.support.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headers every answer carries, and HTML form posts from other sites refused before any page sees them. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        String csp = given().when().get("/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("X-Frame-Options", "DENY")
                .extract().header("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        given().when().get("/css/site.css").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().when().get("/manage/" + "x".repeat(43)).then().header("Referrer-Policy", "no-referrer");
    }

    @Test
    void theOnlyInlineScriptsAreJsonLdDataBlocks() {
        // browsers never execute a JSON-LD data block, so the policy needs no nonce; any executable inline script would
        Page home = Page.of(given().when().get("/").then().statusCode(200).extract());
        assertTrue(home.inlineScripts().isEmpty(), home.inlineScripts().toString());
        assertFalse(home.jsonLdTypes().isEmpty());
    }

    @Test
    void crossSiteFormPostsAreRefused() {
        given().header("Origin", "https://evil.example").formParam("name", "x")
                .when().post("/book/any").then().statusCode(403)
                .body(equalTo("Forms may only be sent from this site."));
        // the public address is accepted even when a proxy hands the app another Host; the form token decides
        Page refused = Page.of(given().header("Origin", "http://localhost:8080").formParam("name", "x")
                .when().post("/book/any").then().statusCode(403).extract());
        assertEquals("Form expired", refused.h1());
    }

    @Test
    void anOpaqueOriginIsJudgedByTheBrowsersFetchSite() {
        // no-referrer pages (manage, intake) make browsers send "Origin: null" with their own form posts
        Page sameOrigin = Page.of(given().header("Origin", "null").header("Sec-Fetch-Site", "same-origin")
                .formParam("name", "x").when().post("/book/any").then().statusCode(403).extract());
        assertEquals("Form expired", sameOrigin.h1());
        given().header("Origin", "null").header("Sec-Fetch-Site", "cross-site").formParam("name", "x")
                .when().post("/book/any").then().statusCode(403)
                .body(equalTo("Forms may only be sent from this site."));
    }
}
