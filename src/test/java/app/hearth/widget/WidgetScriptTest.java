package app.hearth.widget;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /widget.js as browsers receive it, and the embed defaults when no allow list is configured. */
@QuarkusTest
class WidgetScriptTest {

    static final int GZIP_BUDGET = 10 * 1024;

    @TestHTTPResource("/widget.js")
    URI widget;

    @Test
    void theScriptIsJavaScriptCachedForAnHourAndRevalidatedByEtag() {
        String etag = given().when().get("/widget.js").then().statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("Cache-Control", "public, max-age=3600")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("/embed/book"))
                .body(containsString("hearth:booked"))
                .extract().header("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        given().header("If-None-Match", etag).when().get("/widget.js").then().statusCode(304)
                .header("ETag", etag).header("Cache-Control", "public, max-age=3600");
        given().header("If-None-Match", "\"something-else\"").when().get("/widget.js").then().statusCode(200);
    }

    @Test
    void theScriptStaysUnderTenKilobytesGzipped() throws Exception {
        HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(widget)
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertEquals("gzip", served.headers().firstValue("Content-Encoding").orElse("identity"));
        assertTrue(served.body().length < GZIP_BUDGET, "served gzipped: " + served.body().length + " bytes");
        // and the budget holds however well the server compresses
        assertTrue(gzip(WidgetResource.source().getBytes()) < GZIP_BUDGET);
    }

    @Test
    void withoutAnAllowListOnlyThePublicUrlMayFrameTheWidget() {
        given().when().get("/embed/book").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' http://localhost:8080"));
        given().header("Origin", "http://localhost:8080").when().get("/api/therapists").then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"));
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }
}
