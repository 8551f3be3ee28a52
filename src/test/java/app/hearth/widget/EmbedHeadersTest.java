package app.hearth.widget;

import app.hearth.support.Fixtures;
import app.hearth.support.TestClock;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embed policy over HTTP: who may frame /embed/, who gets CORS on the public API, and the framed flow itself. */
@QuarkusTest
@TestProfile(EmbedTestProfile.class)
class EmbedHeadersTest {

    static final String PRACTICE = EmbedTestProfile.PRACTICE_SITE;
    static final String STRANGER = "https://stranger.example";
    static final String TUESDAY_NINE = "2026-12-01T14:00:00Z";

    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void embedPagesMayBeFramedByTheAllowedOriginsOnly() {
        given().when().get("/embed/book/any").then().statusCode(200)
                .header("Content-Security-Policy", allOf(
                        containsString("frame-ancestors 'self' " + PRACTICE + " " + HostSite.allowedOrigin()),
                        containsString("script-src 'self';"),
                        not(containsString("'none'; frame")), not(containsString(STRANGER))))
                .header("X-Frame-Options", nullValue());
        // an error page inside the frame is framed too, so the visitor sees it rather than a browser error
        given().when().get("/embed/book/no-such-therapist").then().statusCode(404)
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' " + PRACTICE));
    }

    @Test
    void everyOtherPageStaysUnframeable() {
        for (String path : new String[] {"/", "/book", "/book/any", "/api/therapists", "/widget.js"}) {
            given().when().get(path).then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString(PRACTICE)))
                    .header("X-Frame-Options", "DENY");
        }
    }

    @Test
    void theFrameKeepsTheHostOriginOnlyWhenItIsAllowed() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String html = given().queryParam("origin", PRACTICE).queryParam("color", "#AA3355")
                .queryParam("tz", "America/Toronto").queryParam("day", "2026-12-01")
                .when().get("/embed/book/" + t.slug).then().statusCode(200)
                .body(containsString("data-parent-origin=\"" + PRACTICE + "\""))
                .body(containsString("data-primary-color=\"#aa3355\""))
                .body(containsString("<script src=\"/js/embed.js\" defer></script>"))
                .body(not(containsString("site-header")))
                .extract().asString();
        // the day links, the zone form and the time buttons all carry the options to the next page
        assertTrue(html.contains("&amp;origin=https%3A%2F%2Fwww.practice.example&amp;color=%23aa3355"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"origin\" value=\"" + PRACTICE + "\">"), html);
        assertTrue(html.contains("action=\"/embed/book/" + t.slug + "/details\""), html);

        given().queryParam("origin", STRANGER).when().get("/embed/book/" + t.slug).then().statusCode(200)
                .body(not(containsString("data-parent-origin")))
                .body(not(containsString(STRANGER)));
    }

    @Test
    void bookingInTheFrameNeedsNoCookieAndAnnouncesTheBooking() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Response details = given().queryParam("start", TUESDAY_NINE).queryParam("tz", "America/Toronto")
                .queryParam("origin", PRACTICE).when().get("/embed/book/" + t.slug + "/details");
        details.then().statusCode(200).header("Set-Cookie", nullValue());
        String form = details.asString();
        String action = attribute(form, "form class=\"details\" method=\"post\" action");
        assertEquals("/embed/book/" + t.slug + "?origin=" + PRACTICE, URLDecoder.decode(action.replace("&amp;", "&"),
                StandardCharsets.UTF_8));

        Response confirmed = given().urlEncodingEnabled(false)
                .formParam("formToken", field(form, "formToken")).formParam("requestKey", field(form, "requestKey"))
                .formParam("start", TUESDAY_NINE).formParam("tz", "America/Toronto")
                .formParam("name", "Sam").formParam("email", "sam@example.org").formParam("consent", "yes")
                .when().post(action.replace("&amp;", "&"));
        confirmed.then().statusCode(200).header("Set-Cookie", nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' " + PRACTICE))
                .body(containsString("Your call is booked"))
                .body(containsString("data-parent-origin=\"" + PRACTICE + "\""))
                .body(containsString("data-booked-start=\"" + TUESDAY_NINE + "\""));
        String reference = attribute(confirmed.asString(), "data-booked-reference");
        assertTrue(confirmed.asString().contains("<dd data-reference>" + reference + "</dd>"));
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void aFramedFormWithoutAGenuineTokenIsStillRefused() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().formParam("formToken", "4102444800.forged").formParam("start", TUESDAY_NINE)
                .formParam("tz", "America/Toronto").formParam("name", "Sam").formParam("email", "sam@example.org")
                .formParam("consent", "yes")
                .when().post("/embed/book/" + t.slug).then().statusCode(403);
        assertEquals(0, fixtures.activeBookings(t));
    }

    @Test
    void corsPreflightIsAnsweredForAllowedOriginsWithoutCredentials() {
        given().header("Origin", PRACTICE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, idempotency-key")
                .when().options("/api/bookings").then().statusCode(204)
                .header("Access-Control-Allow-Origin", PRACTICE)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Content-Type"), containsString("Idempotency-Key")))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Vary", containsString("Origin"));
        given().header("Origin", HostSite.allowedOrigin()).header("Access-Control-Request-Method", "GET")
                .when().options("/api/slots").then().statusCode(204)
                .header("Access-Control-Allow-Origin", HostSite.allowedOrigin());
    }

    @Test
    void corsPreflightIsRefusedForOtherOriginsMethodsAndPrivateApis() {
        given().header("Origin", STRANGER).header("Access-Control-Request-Method", "GET")
                .when().options("/api/slots").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", PRACTICE).header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/bookings").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        // the therapist and admin APIs are not for other websites, allowed or not
        given().header("Origin", PRACTICE).header("Access-Control-Request-Method", "GET")
                .when().options("/api/me/schedule").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", PRACTICE).when().get("/api/admin/therapists").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void publicApiAnswersCarryCorsOnlyForAllowedOrigins() {
        given().header("Origin", PRACTICE).when().get("/api/therapists").then().statusCode(200)
                .header("Access-Control-Allow-Origin", PRACTICE)
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Vary", containsString("Origin"));
        given().header("Origin", STRANGER).when().get("/api/therapists").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        // errors too, so a page on the practice's site can read the problem
        given().header("Origin", PRACTICE).when().get("/api/therapists/nobody-by-this-name").then().statusCode(404)
                .header("Access-Control-Allow-Origin", PRACTICE);
        given().header("Origin", PRACTICE).contentType("application/json").body("{}")
                .when().post("/api/bookings").then().statusCode(400)
                .header("Access-Control-Allow-Origin", PRACTICE)
                .header("Access-Control-Expose-Headers", containsString("Location"));
        given().when().get("/api/therapists").then().header("Access-Control-Allow-Origin", emptyOrNullString());
    }

    @Test
    void formPostsFromAnotherSiteAreStillRefusedOnEmbedPages() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().header("Origin", PRACTICE).formParam("start", TUESDAY_NINE)
                .when().post("/embed/book/" + t.slug).then().statusCode(403)
                .body(equalTo("Forms may only be sent from this site."));
    }

    static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no field " + name);
        return m.group(1);
    }

    static String attribute(String html, String before) {
        Matcher m = Pattern.compile(Pattern.quote(before) + "=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no " + before);
        return m.group(1);
    }
}
