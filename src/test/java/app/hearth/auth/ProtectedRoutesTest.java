package app.hearth.auth;

import app.hearth.support.Fixtures;
import app.hearth.support.ForgedTokens;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every route under /api/me and /api/admin that the OpenAPI document lists, so a route added later
 * is checked without anyone remembering to add it here: no token, each forged token, and the wrong group
 * are all refused with problem+json.
 */
@QuarkusTest
class ProtectedRoutesTest {

    @Inject
    Tokens tokens;
    @Inject
    Fixtures fixtures;

    /** Method and concrete path (path parameters filled with harmless values) of every protected route. */
    record Route(String method, String path) {
        boolean adminOnly() {
            return path.startsWith("/api/admin");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Route> protectedRoutes() {
        Map<String, Map<String, Object>> paths = JsonPath.from(given().accept(ContentType.JSON)
                .when().get("/q/openapi?format=json").then().statusCode(200).extract().asString()).getMap("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/me") || path.startsWith("/api/admin")) {
                for (String method : operations.keySet()) {
                    if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                        routes.add(new Route(method.toUpperCase(), path.replaceAll("\\{[^}]+}", "1")));
                    }
                }
            }
        });
        return routes;
    }

    private static Response send(RequestSpecification request, Route route) {
        return request.contentType(ContentType.JSON).body("{}").when().request(route.method(), route.path());
    }

    @Test
    void theWalkFindsTherapistAndAdminRoutes() {
        List<Route> routes = protectedRoutes();
        assertTrue(routes.stream().anyMatch(r -> r.path().startsWith("/api/me/")), routes.toString());
        assertTrue(routes.stream().anyMatch(Route::adminOnly), routes.toString());
    }

    @Test
    void theOpenApiDocumentTellsClientsToSendABearerToken() {
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/me/schedule'.get.security[0]", hasKey("bearer"));
    }

    @TestFactory
    Stream<DynamicTest> everyProtectedRouteRefusesAMissingToken() {
        return protectedRoutes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            Response answer = send(given(), route);
            assertEquals(401, answer.statusCode(), route + " without a token");
            assertTrue(answer.contentType().startsWith("application/problem+json"), route + ": " + answer.contentType());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyProtectedRouteRefusesEveryForgedToken() {
        Map<String, String> forged = ForgedTokens.all();
        return protectedRoutes().stream().flatMap(route -> forged.entrySet().stream().map(f ->
                DynamicTest.dynamicTest(route + " with a token " + f.getKey(), () -> {
                    Response answer = send(given().auth().oauth2(f.getValue()), route);
                    assertEquals(401, answer.statusCode(), route + " with a token " + f.getKey());
                    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
                })));
    }

    @TestFactory
    Stream<DynamicTest> aTherapistIsForbiddenEveryAdminRoute() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        String therapistToken = tokens.therapist(t);
        return protectedRoutes().stream().filter(Route::adminOnly).map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            Response answer = send(given().auth().oauth2(therapistToken), route);
            assertEquals(403, answer.statusCode(), route + " as a therapist");
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        }));
    }

    @TestFactory
    Stream<DynamicTest> anAdminWithoutATherapistCannotUseTherapistRoutes() {
        String adminToken = tokens.admin();
        // second-factor enrolment is every staff member's own business, admins' included (SecondFactorApiTest)
        return protectedRoutes().stream().filter(r -> !r.adminOnly() && !r.path().startsWith("/api/me/second-factor/"))
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            Response answer = send(given().auth().oauth2(adminToken), route);
            assertEquals(403, answer.statusCode(), route + " as an admin who is not a therapist");
        }));
    }

    @Test
    void aValidTokenIsAcceptedSoTheRefusalsAboveMeanSomething() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().auth().oauth2(tokens.therapist(t)).when().get("/api/me/schedule").then().statusCode(200);
        given().auth().oauth2(tokens.admin()).when().get("/api/admin/therapists").then().statusCode(200);
        assertFalse(protectedRoutes().isEmpty());
    }
}
