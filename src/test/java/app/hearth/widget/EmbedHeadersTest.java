package app.hearth.widget;

import app.hearth.support.BookingForms;
import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        Page page = Page.of(given().queryParam("origin", PRACTICE).queryParam("color", "#AA3355")
                .queryParam("tz", "America/Toronto").queryParam("day", "2026-12-01")
                .when().get("/embed/book/" + t.slug).then().statusCode(200).extract());
        assertEquals("Book a call with " + t.name, page.h1());
        Element body = page.document().body();
        assertEquals(PRACTICE, body.attr("data-parent-origin"));
        assertEquals("#aa3355", body.attr("data-primary-color"));
        assertTrue(page.document().select("script[src]").eachAttr("src").contains("/js/embed.js"));
        assertTrue(page.document().select("header, nav, footer").isEmpty(), "no site header or footer in the frame");
        assertTrue(page.hidesFromSearchEngines());
        // the day links, the zone form, the time buttons and the way back all carry the options to the next page
        Map<String, String> options = Map.of("origin", PRACTICE, "color", "#aa3355");
        assertTrue(query(page.element("a[aria-current=date]").attr("href")).entrySet().containsAll(options.entrySet()));
        assertTrue(query(page.link("Choose a different therapist").attr("href")).entrySet()
                .containsAll(options.entrySet()));
        Element zoneForm = page.field("Show times in").parents().select("form").first();
        assertEquals(PRACTICE, zoneForm.select("input[type=hidden][name=origin]").val());
        Element slots = page.button("Tuesday 1 December 2026, 9:00 AM Eastern Time").parents().select("form").first();
        assertEquals("/embed/book/" + t.slug + "/details", slots.attr("action"));
        assertEquals(PRACTICE, slots.select("input[type=hidden][name=origin]").val());

        Page stranger = Page.of(given().queryParam("origin", STRANGER).when().get("/embed/book/" + t.slug).then()
                .statusCode(200).extract());
        assertFalse(stranger.document().body().hasAttr("data-parent-origin"));
        assertTrue(stranger.document().select("[href*=stranger.example], input[value*=stranger.example]").isEmpty(),
                "links and forms do not carry a refused origin on");
    }

    @Test
    void bookingInTheFrameNeedsNoCookieAndAnnouncesTheBooking() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Response details = given().queryParam("start", TUESDAY_NINE).queryParam("tz", "America/Toronto")
                .queryParam("origin", PRACTICE).when().get("/embed/book/" + t.slug + "/details");
        details.then().statusCode(200).header("Set-Cookie", nullValue());
        Page form = Page.of(details);
        assertEquals("Your details", form.h1());
        String action = form.element("form.details").attr("action");
        assertEquals("/embed/book/" + t.slug, action.substring(0, action.indexOf('?')));
        assertEquals(Map.of("origin", PRACTICE), query(action));
        assertEquals(Map.of("tz", "America/Toronto", "day", "2026-12-01", "origin", PRACTICE),
                query(form.link("Change the time").attr("href")));

        Response confirmed = BookingForms.send(form, "Sam", "sam@example.org");
        confirmed.then().statusCode(200).header("Set-Cookie", nullValue())
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' " + PRACTICE));
        Page confirmation = Page.of(confirmed);
        assertEquals("Your call is booked", confirmation.h1());
        assertEquals(PRACTICE, confirmation.document().body().attr("data-parent-origin"));
        // what embed.js reports to the host page: the reference shown and the booked start, no personal details
        Element announced = confirmation.element("[data-booked]");
        assertEquals(TUESDAY_NINE, announced.attr("data-booked-start"));
        assertEquals(confirmation.fact("Reference"), announced.attr("data-booked-reference"));
        assertTrue(confirmation.document().select("a[href=/blog]").isEmpty(), "the frame stays in the flow");
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

    /** The query fields of a link, decoded. */
    static Map<String, String> query(String href) {
        Map<String, String> fields = new LinkedHashMap<>();
        String query = href.contains("?") ? href.substring(href.indexOf('?') + 1) : "";
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
