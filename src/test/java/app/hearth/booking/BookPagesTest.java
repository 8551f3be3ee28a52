package app.hearth.booking;

import app.hearth.support.BookingForms;
import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The booking flow on the site (/book), as a visitor without JavaScript goes through it. */
@QuarkusTest
class BookPagesTest {

    /** Tuesday 1 December 2026, 9:00 in Toronto. */
    static final String TUESDAY_NINE = "2026-12-01T14:00:00Z";

    @Inject
    Fixtures fixtures;

    @Test
    void choosePageOffersEveryBookableTherapistAndAnyone() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page page = Page.of(given().when().get("/book").then().statusCode(200).extract());
        assertEquals("Book a free discovery call | Maple Grove Counselling", page.title());
        assertEquals("Book a free 15-minute discovery call", page.h1());
        assertEquals("/book/any", page.link("Anyone available").attr("href"));
        assertEquals("/book/" + t.slug, page.link(t.name).attr("href"));
        assertFalse(page.hidesFromSearchEngines());
    }

    @Test
    void timesAreRealButtonsWithFullAccessibleNamesInTheChosenZone() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page toronto = Page.of(given().queryParam("tz", "America/Toronto").queryParam("day", "2026-12-01")
                .when().get("/book/" + t.slug).then().statusCode(200).extract());
        assertEquals("Book a call with " + t.name, toronto.h1());
        Element nine = toronto.button("Tuesday 1 December 2026, 9:00 AM Eastern Time");
        assertEquals("9:00 AM", nine.text());
        assertEquals("submit", nine.attr("type"));
        assertEquals(TUESDAY_NINE, nine.val());
        assertTrue(toronto.headings("h2").contains("Times on Tuesday 1 December 2026"), toronto.headings("h2")::toString);
        assertTrue(toronto.element("a[aria-current=date]").text().startsWith("Tuesday 1 December 2026"));
        // the same time, shown to a visitor in London
        Page london = Page.of(given().queryParam("tz", "Europe/London").queryParam("day", "2026-12-01")
                .when().get("/book/" + t.slug).then().statusCode(200).extract());
        assertEquals("2:00 PM", london.button("Tuesday 1 December 2026, 2:00 PM British Time").text());
    }

    @Test
    void withoutAZoneTheServerShowsThePracticeZone() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page page = Page.of(given().when().get("/book/" + t.slug).then().statusCode(200).extract());
        assertTrue(page.text().contains("All times are shown in Eastern Time."), page.text());
        assertEquals("America/Toronto", page.field("Show times in").select("option[selected]").val());
        assertFalse(page.hidesFromSearchEngines(), "the plain times page may be found");
    }

    @Test
    void unknownTherapistIsTheStyled404() {
        given().when().get("/book/no-such-person").then().statusCode(404).contentType(startsWith("text/html"));
    }

    @Test
    void bookingThroughTheFormsConfirmsAndLeadsToTheManagePage() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page form = BookingForms.detailsForm("/book", t.slug, TUESDAY_NINE);
        assertEquals("Your details", form.h1());
        assertTrue(form.hidesFromSearchEngines());
        Response confirmed = BookingForms.send(form, "Sam Rivera", "sam@example.org");
        confirmed.then().statusCode(200).header("Cache-Control", "no-store");
        Page confirmation = Page.of(confirmed);
        assertEquals("Your call is booked | Maple Grove Counselling", confirmation.title());
        String status = confirmation.notice("You're booked");
        assertTrue(status.contains("Tuesday 1 December 2026, 9:00 AM Eastern Time"), status);
        assertTrue(status.contains(t.name), status);
        assertEquals("sam@example.org", confirmation.fact("Confirmation sent to"));
        assertEquals("/blog", confirmation.link("Read our blog while you wait").attr("href"));
        assertTrue(confirmation.document().select("[data-booked]").isEmpty(), "the site announces nothing to a host");
        assertEquals(1, fixtures.activeBookings(t));

        String manage = BookingForms.managePath(confirmation);
        Response managed = given().when().get(manage);
        managed.then().statusCode(200).header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store");
        assertEquals("Confirmed", Page.of(managed).fact("Status"));
        assertTrue(Page.of(managed).hidesFromSearchEngines());
    }

    @Test
    void theSameFormSentTwiceBooksOnce() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page form = BookingForms.detailsForm("/book", t.slug, TUESDAY_NINE);
        for (int i = 0; i < 2; i++) {
            Page answer = Page.of(BookingForms.send(form, "Sam Rivera", "sam@example.org").then().statusCode(200)
                    .extract());
            assertEquals("Your call is booked", answer.h1());
        }
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void invalidDetailsComeBackWithMessagesAndTypedValuesEscaped() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page form = BookingForms.detailsForm("/book", t.slug, TUESDAY_NINE);
        String name = "<script>alert('name')</script>";
        String message = "</textarea><script>alert('message')</script>";
        Page page = Page.of(given().formParam("formToken", form.value("formToken"))
                .formParam("requestKey", form.value("requestKey"))
                .formParam("start", TUESDAY_NINE).formParam("tz", "America/Toronto")
                .formParam("name", name).formParam("email", "not-an-address").formParam("message", message)
                .when().post("/book/" + t.slug).then().statusCode(400).extract());
        assertEquals("Please check these fields", page.element(".error-summary h2").text());
        assertEquals(List.of("email: must be a valid email address",
                "consent: must be true: the client agrees to be contacted"), page.errorSummary());
        assertEquals("#email", page.link("email: must be a valid email address").attr("href"));
        assertEquals("true", page.field("Email").attr("aria-invalid"));
        assertEquals("must be a valid email address", page.element("#email-error").text());
        // what was typed comes back as text in its field, never as markup
        assertEquals(name, page.field("Your name").val());
        assertEquals(message, page.field("Anything you would like us to know").val());
        assertTrue(page.inlineScripts().isEmpty(), page.inlineScripts().toString());
        assertEquals(0, fixtures.activeBookings(t));
    }

    @Test
    void everyVisibleFieldOfTheDetailsFormHasALabel() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page form = BookingForms.detailsForm("/book", t.slug, TUESDAY_NINE);
        List<Element> fields = form.element("form.details").select("input:not([type=hidden]), textarea");
        assertEquals(5, fields.size(), "name, email, phone, message and consent");
        for (Element field : fields) {
            assertTrue(form.labelOf(field.id()).isPresent(), "a label for " + field.id());
        }
        assertEquals("text", form.field("Your name").attr("type"));
        assertEquals("email", form.field("Email").attr("type"));
        assertEquals("tel", form.field("Phone").attr("type"));
        assertEquals("checkbox", form.field("I agree to be contacted about this call, as described in the privacy notice.")
                .attr("type"));
    }

    @Test
    void aPostWithoutAGenuineFormTokenIsRefused() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Page page = Page.of(given().formParam("formToken", "4102444800.forged").formParam("start", TUESDAY_NINE)
                .formParam("tz", "America/Toronto").formParam("name", "Sam").formParam("email", "sam@example.org")
                .formParam("consent", "yes")
                .when().post("/book/" + t.slug).then().statusCode(403).contentType(startsWith("text/html")).extract());
        assertEquals("Form expired", page.h1());
        assertEquals(0, fixtures.activeBookings(t));
    }

    @Test
    void aTakenTimeSendsTheVisitorBackToChooseAnother() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        BookingForms.book(t.slug, TUESDAY_NINE, "first@example.org");
        Page form = BookingForms.detailsForm("/book", t.slug, TUESDAY_NINE);
        Page page = Page.of(BookingForms.send(form, "Second Person", "second@example.org").then().statusCode(409)
                .extract());
        assertTrue(page.notice("someone has just booked that time").startsWith("Sorry"));
        assertEquals("Book a call with " + t.name, page.h1());
        assertFalse(page.document().select("button.slot").isEmpty(), "other times to choose from");
        assertEquals(1, fixtures.activeBookings(t));
    }
}
