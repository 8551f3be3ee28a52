package app.hearth.site;

import app.hearth.support.Fixtures;
import app.hearth.support.TestClock;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BookPagesTest {

    /** Tuesday 1 December 2026, 9:00 in Toronto. */
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
    void choosePageOffersEveryBookableTherapistAndAnyone() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String html = given().when().get("/book").then().statusCode(200)
                .body(containsString("<title>Book a free discovery call | Maple Grove Counselling</title>"))
                .body(containsString("href=\"/book/any\""))
                .body(containsString("href=\"/book/" + t.slug + "\""))
                .extract().asString();
        SitePagesTest.assertOneH1(html);
    }

    @Test
    void timesAreRealButtonsWithFullAccessibleNamesInTheChosenZone() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().queryParam("tz", "America/Toronto").queryParam("day", "2026-12-01")
                .when().get("/book/" + t.slug).then().statusCode(200)
                .body(containsString("Book a call with " + t.name))
                .body(containsString("<button type=\"submit\" class=\"slot\" name=\"start\" value=\"" + TUESDAY_NINE
                        + "\" aria-label=\"Tuesday 1 December 2026, 9:00 AM Eastern Time\">9:00 AM</button>"))
                .body(containsString("aria-current=\"date\">Tuesday 1 December 2026"));
        // the same time, shown to a visitor in London
        given().queryParam("tz", "Europe/London").queryParam("day", "2026-12-01")
                .when().get("/book/" + t.slug).then().statusCode(200)
                .body(containsString("aria-label=\"Tuesday 1 December 2026, 2:00 PM British Time\">2:00 PM</button>"));
    }

    @Test
    void withoutAZoneTheServerShowsThePracticeZone() {
        Therapist t = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().when().get("/book/" + t.slug).then().statusCode(200)
                .body(containsString("All times are shown in <strong>Eastern Time</strong>"))
                .body(containsString("data-zone-current=\"America/Toronto\""));
    }

    @Test
    void unknownTherapistIsTheStyled404() {
        given().when().get("/book/no-such-person").then().statusCode(404).contentType(startsWith("text/html"));
    }

    @Test
    void bookingThroughTheFormsConfirmsAndLeadsToTheManagePage() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String form = detailsForm(t.slug, TUESDAY_NINE);
        Response confirmed = given().formParam("formToken", field(form, "formToken"))
                .formParam("requestKey", field(form, "requestKey"))
                .formParam("start", TUESDAY_NINE).formParam("tz", "America/Toronto")
                .formParam("name", "Sam Rivera").formParam("email", "sam@example.org").formParam("consent", "yes")
                .when().post("/book/" + t.slug);
        confirmed.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<title>Your call is booked | Maple Grove Counselling</title>"))
                .body(containsString("Tuesday 1 December 2026, 9:00 AM Eastern Time"))
                .body(containsString(t.name));
        assertEquals(1, fixtures.activeBookings(t));
        String manage = manageLink(confirmed.asString());
        given().when().get(manage).then().statusCode(200)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .body(containsString("Confirmed"))
                .body(containsString("<meta name=\"robots\" content=\"noindex, nofollow\">"));
    }

    @Test
    void theSameFormSentTwiceBooksOnce() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String form = detailsForm(t.slug, TUESDAY_NINE);
        for (int i = 0; i < 2; i++) {
            given().formParam("formToken", field(form, "formToken")).formParam("requestKey", field(form, "requestKey"))
                    .formParam("start", TUESDAY_NINE).formParam("tz", "America/Toronto")
                    .formParam("name", "Sam Rivera").formParam("email", "sam@example.org").formParam("consent", "yes")
                    .when().post("/book/" + t.slug).then().statusCode(200).body(containsString("Your call is booked"));
        }
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void invalidDetailsComeBackWithMessagesAndTypedValuesEscaped() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String form = detailsForm(t.slug, TUESDAY_NINE);
        given().formParam("formToken", field(form, "formToken")).formParam("requestKey", field(form, "requestKey"))
                .formParam("start", TUESDAY_NINE).formParam("tz", "America/Toronto")
                .formParam("name", "<script>alert('name')</script>").formParam("email", "not-an-address")
                .formParam("message", "</textarea><script>alert('message')</script>")
                .when().post("/book/" + t.slug).then().statusCode(400)
                .body(containsString("Please check these fields"))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("must be a valid email address"))
                .body(containsString("must be true"))
                .body(containsString("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("</textarea><script>")));
        assertEquals(0, fixtures.activeBookings(t));
    }

    @Test
    void everyVisibleFieldOfTheDetailsFormHasALabel() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String form = detailsForm(t.slug, TUESDAY_NINE);
        SitePagesTest.assertOneH1(form);
        Matcher fields = Pattern.compile("<(input|textarea)(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"").matcher(form);
        int count = 0;
        while (fields.find()) {
            count++;
            org.junit.jupiter.api.Assertions.assertTrue(form.contains("<label for=\"" + fields.group(2) + "\">"),
                    "a label for " + fields.group(2));
        }
        assertEquals(5, count, "name, email, phone, message and consent");
    }

    @Test
    void aPostWithoutAGenuineFormTokenIsRefused() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        given().formParam("formToken", "4102444800.forged").formParam("start", TUESDAY_NINE)
                .formParam("tz", "America/Toronto").formParam("name", "Sam").formParam("email", "sam@example.org")
                .formParam("consent", "yes")
                .when().post("/book/" + t.slug).then().statusCode(403).contentType(startsWith("text/html"))
                .body(containsString("Form expired"));
        assertEquals(0, fixtures.activeBookings(t));
    }

    @Test
    void aTakenTimeSendsTheVisitorBackToChooseAnother() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        book(t.slug, TUESDAY_NINE, "first@example.org");
        String form = detailsForm(t.slug, TUESDAY_NINE);
        given().formParam("formToken", field(form, "formToken")).formParam("requestKey", field(form, "requestKey"))
                .formParam("start", TUESDAY_NINE).formParam("tz", "America/Toronto")
                .formParam("name", "Second Person").formParam("email", "second@example.org").formParam("consent", "yes")
                .when().post("/book/" + t.slug).then().statusCode(409)
                .body(containsString("someone has just booked that time"))
                .body(containsString("class=\"slot\""));
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void manageMovesAndCancelsOnlyByPostWithThisBookingsFormToken() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String manage = book(t.slug, TUESDAY_NINE, "mover@example.org");
        String other = book(t.slug, "2026-12-02T15:00:00Z", "other@example.org");
        String page = given().queryParam("day", "2026-12-03").when().get(manage).then().statusCode(200)
                .body(containsString("Tuesday 1 December 2026, 9:00 AM Eastern Time"))
                .body(containsString("method=\"post\" action=\"" + manage + "/reschedule\""))
                .extract().asString();
        String token = field(page, "formToken");
        String otherToken = field(given().when().get(other).asString(), "formToken");

        given().formParam("formToken", otherToken).formParam("start", "2026-12-03T16:00:00Z")
                .when().post(manage + "/reschedule").then().statusCode(403);
        given().redirects().follow(false).formParam("formToken", token).formParam("start", "2026-12-03T16:00:00Z")
                .formParam("tz", "America/Toronto")
                .when().post(manage + "/reschedule").then().statusCode(303);
        given().queryParam("done", "rescheduled").when().get(manage).then().statusCode(200)
                .body(containsString("Your call has been moved"))
                .body(containsString("Thursday 3 December 2026, 11:00 AM Eastern Time"));

        given().redirects().follow(false).formParam("formToken", token).formParam("reason", "Found a time nearer home")
                .when().post(manage + "/cancel").then().statusCode(303);
        given().when().get(manage).then().statusCode(200)
                .body(containsString("Cancelled"))
                .body(not(containsString("/reschedule\"")));
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void anUnknownManageLinkIsTheStyled404() {
        given().when().get("/manage/" + "A".repeat(43)).then().statusCode(404).contentType(startsWith("text/html"))
                .header("Referrer-Policy", "no-referrer");
    }

    /** Books through the HTML forms and returns the manage page's path. */
    static String book(String slug, String start, String email) {
        String form = detailsForm(slug, start);
        String confirmation = given().formParam("formToken", field(form, "formToken"))
                .formParam("requestKey", field(form, "requestKey"))
                .formParam("start", start).formParam("tz", "America/Toronto")
                .formParam("name", "Test Person").formParam("email", email).formParam("consent", "yes")
                .when().post("/book/" + slug).then().statusCode(200).extract().asString();
        return manageLink(confirmation);
    }

    static String detailsForm(String slug, String start) {
        return given().queryParam("start", start).queryParam("tz", "America/Toronto")
                .when().get("/book/" + slug + "/details").then().statusCode(200)
                .body(containsString("Your details"))
                .extract().asString();
    }

    static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no field " + name);
        }
        return m.group(1);
    }

    static String manageLink(String html) {
        Matcher m = Pattern.compile("href=\"http://localhost:8080(/manage/[A-Za-z0-9_-]+)\" data-manage-link").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no manage link on the confirmation page");
        }
        return m.group(1);
    }
}
