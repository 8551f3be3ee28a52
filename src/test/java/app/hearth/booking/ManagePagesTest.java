package app.hearth.booking;

import app.hearth.support.BookingForms;
import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page behind a booking's manage link: see the call, move it, cancel it, only by form posts. */
@QuarkusTest
class ManagePagesTest {

    @Inject
    Fixtures fixtures;

    @Test
    void manageMovesAndCancelsOnlyByPostWithThisBookingsFormToken() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String manage = BookingForms.book(t.slug, BookPagesTest.TUESDAY_NINE, "mover@example.org");
        String other = BookingForms.book(t.slug, "2026-12-02T15:00:00Z", "other@example.org");
        Page page = Page.of(given().queryParam("day", "2026-12-03").when().get(manage).then().statusCode(200)
                .extract());
        assertEquals("Your discovery call", page.h1());
        assertEquals("Tuesday 1 December 2026, 9:00 AM Eastern Time", page.fact("When"));
        assertEquals("post", page.form(manage + "/reschedule").attr("method"));
        String token = page.value("formToken");
        String otherToken = Page.of(given().when().get(other)).value("formToken");

        given().formParam("formToken", otherToken).formParam("start", "2026-12-03T16:00:00Z")
                .when().post(manage + "/reschedule").then().statusCode(403);
        given().redirects().follow(false).formParam("formToken", token).formParam("start", "2026-12-03T16:00:00Z")
                .formParam("tz", "America/Toronto")
                .when().post(manage + "/reschedule").then().statusCode(303);
        Page moved = Page.of(given().queryParam("done", "rescheduled").when().get(manage).then().statusCode(200)
                .extract());
        assertEquals("Your call has been moved. We have emailed you the new time.", moved.notice("moved"));
        assertEquals("Thursday 3 December 2026, 11:00 AM Eastern Time", moved.fact("When"));

        given().redirects().follow(false).formParam("formToken", token).formParam("reason", "Found a time nearer home")
                .when().post(manage + "/cancel").then().statusCode(303);
        Page cancelled = Page.of(given().when().get(manage).then().statusCode(200).extract());
        assertEquals("Cancelled", cancelled.fact("Status"));
        assertTrue(cancelled.document().select("form").isEmpty(), "nothing left to move or cancel");
        assertEquals("/book", cancelled.link("book a new one").attr("href"));
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void anUnknownManageLinkIsTheStyled404() {
        Page page = Page.of(given().when().get("/manage/" + "A".repeat(43)).then().statusCode(404)
                .contentType(startsWith("text/html")).header("Referrer-Policy", "no-referrer").extract());
        assertEquals("We couldn't find that page", page.h1());
    }
}
