package app.hearth.intake;

import app.hearth.support.IntakeFixtures;
import app.hearth.support.Page;
import app.hearth.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form page without JavaScript: a plain HTML form that validates, saves drafts and shows crisis help. */
@QuarkusTest
class IntakePageTest {

    @Inject
    IntakeFixtures fixtures;
    @Inject
    TestClock clock;

    /** The form token of a freshly opened form. */
    private static String token(String slug) {
        return Page.of(given().get("/intake/" + slug)).value("_token");
    }

    private static io.restassured.specification.RequestSpecification form(String token, Map<String, Object> answers) {
        var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("_token", token);
        answers.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                list.forEach(item -> request.formParam(k, item));
            } else if (v instanceof Map<?, ?> consent) {
                request.formParam(k + ".agreed", String.valueOf(consent.get("agreed")));
                request.formParam(k + ".signature", String.valueOf(consent.get("signature")));
            } else {
                request.formParam(k, String.valueOf(v));
            }
        });
        return request;
    }

    @Test
    void thePageIsAPlainAccessibleFormThatIsNeverCached() {
        String slug = fixtures.publishAdultIntake();
        Page page = Page.of(given().when().get("/intake/" + slug).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("form-action 'self'")).extract());
        assertEquals("text", page.field("Full name").attr("type"));
        assertTrue(page.field("Full name").hasAttr("required"), "a required question is marked required");
        assertTrue(page.document().select("fieldset legend").eachText().stream()
                .anyMatch(legend -> legend.startsWith("Little interest or pleasure in doing things")));
        Element followUp = page.element("[data-show-if=previous_therapy]");
        assertEquals("yes", followUp.attr("data-show-values"));
        assertEquals("Only if you answered “Yes” to “Have you seen a therapist or counsellor before?”.",
                followUp.select(".condition").text());
        assertFalse(page.value("_token").isBlank());
    }

    @Test
    void aPostWithoutAValidFormTokenIsRefusedAndNothingIsStored() {
        String slug = fixtures.publishAdultIntake();
        Map<String, Object> answers = IntakeFixtures.adultAnswers(0);
        answers.put("goals", "Forged-Goal-3311");
        Page refused = Page.of(form("1999999999.forged", answers).formParam("_action", "submit").when()
                .post("/intake/" + slug).then().statusCode(403).extract());
        assertEquals(List.of("This page was open for a long time, so for your safety it was not sent. Check your "
                + "answers and press the button again."), refused.errorSummary());
        assertEquals("Forged-Goal-3311",
                refused.field("What would you like to be different when counselling has helped?").val(),
                "what the client typed is still on the page to send again");
        clock.advance(Duration.ofHours(13));
        String stale = token(slug);
        assertEquals(0, fixtures.rowsContaining("intake_submission", "Forged-Goal"));
        Page received = Page.of(form(stale, answers).formParam("_action", "submit").when().post("/intake/" + slug)
                .then().statusCode(200).extract());
        assertEquals("Thank you, your form was received", received.h1());
    }

    @Test
    void errorsAreSummarisedAtTheTopWithALinkToEachFieldAndAnswersAreKept() {
        String slug = fixtures.publishAdultIntake();
        String token = token(slug);
        Map<String, Object> answers = IntakeFixtures.adultAnswers(0);
        answers.remove("goals");
        answers.put("email", "nope");
        Page page = Page.of(form(token, answers).formParam("_action", "submit").when().post("/intake/" + slug)
                .then().statusCode(400).extract());
        assertEquals("Error: Adult individual intake", page.title());
        assertEquals("Please check 2 answers", page.element(".error-summary h2").text());
        assertEquals(List.of("Email address: must be a valid email address",
                "What would you like to be different when counselling has helped?: is required"), page.errorSummary());
        assertEquals("#q-email", page.link("Email address: must be a valid email address").attr("href"));
        assertEquals("#q-goals", page.link("What would you like to be different when counselling has helped?: is required")
                .attr("href"));
        Element email = page.field("Email address");
        assertEquals("nope", email.val());
        assertEquals("true", email.attr("aria-invalid"));
        assertEquals("Error: must be a valid email address", page.element("#" + email.attr("aria-describedby")).text());
        assertEquals("Quokka-Zebra-7781 sleeplessness since the move",
                page.field("In your own words, what would you like help with?").val());
    }

    @Test
    void userContentIsEscaped() {
        String slug = fixtures.publishAdultIntake();
        String token = token(slug);
        String name = "<script>alert(1)</script>";
        String email = "\"><img src=x onerror=alert(1)>";
        Page page = Page.of(form(token, Map.of("full_name", name, "email", email))
                .formParam("_action", "submit").when().post("/intake/" + slug).then().statusCode(400).extract());
        assertTrue(page.document().select("script:not([src]), img").isEmpty(), "nothing typed became markup");
        assertEquals(name, page.field("Full name").val());
        assertEquals(email, page.field("Email address").val());
    }

    @Test
    void saveForLaterGivesAPrivateLinkThatResumesTheAnswers() {
        String slug = fixtures.publishAdultIntake();
        String token = token(slug);
        Page saved = Page.of(form(token, Map.of("full_name", "Robin Tremblay", "previous_therapy", "yes",
                "contact_methods", List.of("email", "text")))
                .formParam("_action", "save").when().post("/intake/" + slug).then().statusCode(200).extract());
        assertTrue(saved.notice("Keep this private link").startsWith("Saved."), saved.notice("Keep"));
        String resume = saved.element("#resume-link").attr("href");
        assertTrue(resume.contains("/intake/" + slug + "?draft="), resume);
        String path = resume.substring(resume.indexOf("/intake/"));
        Page resumed = Page.of(given().when().get(path).then().statusCode(200).extract());
        assertTrue(resumed.notice("Welcome back").startsWith("Welcome back"));
        assertEquals("Robin Tremblay", resumed.field("Full name").val());
        Element before = resumed.element("input[name=previous_therapy][value=yes]");
        assertTrue(before.hasAttr("checked"), "the chosen answer stays chosen");
        assertEquals("Yes", resumed.labelOf(before.id()).orElseThrow());
        assertTrue(resumed.element("input[name=contact_methods][value=text]").hasAttr("checked"));
        clock.advance(Duration.ofDays(15));
        Page expired = Page.of(given().when().get(path).then().statusCode(200).extract());
        assertTrue(expired.notice("has expired").contains("has expired"));
        assertEquals("", expired.field("Full name").val());
    }

    @Test
    void anUrgentAnswerShowsCrisisResourcesOnTheConfirmation() {
        String slug = fixtures.publishAdultIntake();
        IntakeFixtures.Booked booked = fixtures.book();
        String token = Page.of(given().queryParam("booking", booked.manageToken()).get("/intake/" + slug))
                .value("_token");
        Page urgent = Page.of(form(token, IntakeFixtures.adultAnswers(3)).formParam("_action", "submit")
                .formParam("_booking", booked.manageToken())
                .when().post("/intake/" + slug).then().statusCode(200)
                .header("Cache-Control", "no-store").extract());
        assertEquals("Help is available right now", urgent.h1());
        String help = urgent.notice("Help is available right now");
        assertTrue(help.contains("Call or text 9-8-8"), help);
        assertTrue(help.contains("Call 911"), help);
        assertTrue(urgent.element(".reference").text().startsWith("HI-"));
        Page calm = Page.of(form(token(slug), IntakeFixtures.adultAnswers(0))
                .formParam("_action", "submit").when().post("/intake/" + slug).then().statusCode(200).extract());
        assertEquals("Thank you, your form was received", calm.h1());
        assertFalse(calm.text().contains("9-8-8"));
    }
}
