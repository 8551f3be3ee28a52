package app.hearth.auth;

import app.hearth.support.ForgedTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bad token is refused as problem+json wherever it is sent, public pages included (proactive authentication). */
@QuarkusTest
class BadTokenElsewhereTest {

    @Test
    void aForgedTokenOnAPublicApiIsAProblem401() {
        Response answer = given().auth().oauth2(ForgedTokens.all().get("signed by another key"))
                .when().get("/api/therapists");
        assertEquals(401, answer.statusCode());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    }

    @Test
    void aForgedTokenOnANonRestRouteIsAProblem401() {
        Response answer = given().auth().oauth2(ForgedTokens.all().get("signed by another key"))
                .when().get("/q/health/live");
        assertEquals(401, answer.statusCode());
        assertTrue(answer.contentType() != null && answer.contentType().startsWith("application/problem+json"),
                "content type " + answer.contentType());
    }
}
