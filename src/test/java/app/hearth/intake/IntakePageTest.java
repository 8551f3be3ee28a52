package app.hearth.intake;

import app.hearth.support.IntakeFixtures;
import app.hearth.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form page without JavaScript: a plain HTML form that validates, saves drafts and shows crisis help. */
@QuarkusTest
class IntakePageTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_token\" value=\"([^\"]+)\"");
    private static final Pattern RESUME = Pattern.compile("id=\"resume-link\">([^<]+)</a>");

    @Inject
    IntakeFixtures fixtures;
    @Inject
    TestClock clock;

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertTrue(m.find(), "not found: " + pattern);
        return m.group(1).replace("&amp;", "&");
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
        given().when().get("/intake/" + slug).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("form-action 'self'"))
                .body(containsString("<label for=\"q-full_name\">Full name"))
                .body(containsString("<legend>Little interest or pleasure in doing things"))
                .body(containsString("data-show-if=\"previous_therapy\" data-show-values=\"yes\""))
                .body(containsString("Only if you answered “Yes” to “Have you seen a therapist or counsellor before?”"))
                .body(containsString("name=\"_token\""));
    }

    @Test
    void aPostWithoutAValidFormTokenIsRefusedAndNothingIsStored() {
        String slug = fixtures.publishAdultIntake();
        Map<String, Object> answers = IntakeFixtures.adultAnswers(0);
        answers.put("goals", "Forged-Goal-3311");
        form("1999999999.forged", answers).formParam("_action", "submit").when().post("/intake/" + slug)
                .then().statusCode(403).body(containsString("not sent"));
        clock.advance(Duration.ofHours(13));
        String stale = find(TOKEN, given().get("/intake/" + slug).asString());
        assertEquals(0, fixtures.rowsContaining("intake_submission", "Forged-Goal"));
        form(stale, answers).formParam("_action", "submit").when().post("/intake/" + slug).then().statusCode(200).body(containsString("Thank you, your form was received"));
    }

    @Test
    void errorsAreSummarisedAtTheTopWithALinkToEachFieldAndAnswersAreKept() {
        String slug = fixtures.publishAdultIntake();
        String token = find(TOKEN, given().get("/intake/" + slug).asString());
        Map<String, Object> answers = IntakeFixtures.adultAnswers(0);
        answers.remove("goals");
        answers.put("email", "nope");
        Response page = form(token, answers).formParam("_action", "submit").when().post("/intake/" + slug);
        page.then().statusCode(400)
                .body(containsString("<title>Error: Adult individual intake</title>"))
                .body(containsString("Please check 2 answers"))
                .body(containsString("<a href=\"#q-email\">Email address: must be a valid email address</a>"))
                .body(containsString("<a href=\"#q-goals\">What would you like to be different when counselling has helped?: is required</a>"))
                .body(containsString("id=\"q-email\" name=\"email\" value=\"nope\""))
                .body(containsString("aria-describedby=\"q-email-error\" aria-invalid=\"true\""))
                .body(containsString(">Quokka-Zebra-7781 sleeplessness since the move</textarea>"));
    }

    @Test
    void userContentIsEscaped() {
        String slug = fixtures.publishAdultIntake();
        String token = find(TOKEN, given().get("/intake/" + slug).asString());
        form(token, Map.of("full_name", "<script>alert(1)</script>", "email", "\"><img src=x onerror=alert(1)>"))
                .formParam("_action", "submit").when().post("/intake/" + slug).then().statusCode(400)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(not(containsString("<img src=x")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void saveForLaterGivesAPrivateLinkThatResumesTheAnswers() {
        String slug = fixtures.publishAdultIntake();
        String token = find(TOKEN, given().get("/intake/" + slug).asString());
        String saved = form(token, Map.of("full_name", "Robin Tremblay", "previous_therapy", "yes",
                "contact_methods", List.of("email", "text")))
                .formParam("_action", "save").when().post("/intake/" + slug).then().statusCode(200)
                .body(containsString("Keep this private link")).extract().asString();
        String resume = find(RESUME, saved);
        assertTrue(resume.contains("/intake/" + slug + "?draft="), resume);
        String path = resume.substring(resume.indexOf("/intake/"));
        given().when().get(path).then().statusCode(200)
                .body(containsString("Welcome back"))
                .body(containsString("value=\"Robin Tremblay\""))
                .body(containsString("id=\"q-previous_therapy\" name=\"previous_therapy\" value=\"yes\" checked"))
                .body(containsString("name=\"contact_methods\" value=\"text\" checked"));
        clock.advance(Duration.ofDays(15));
        given().when().get(path).then().statusCode(200).body(containsString("has expired"))
                .body(not(containsString("Robin Tremblay")));
    }

    @Test
    void anUrgentAnswerShowsCrisisResourcesOnTheConfirmation() {
        String slug = fixtures.publishAdultIntake();
        IntakeFixtures.Booked booked = fixtures.book();
        String token = find(TOKEN, given().queryParam("booking", booked.manageToken()).get("/intake/" + slug).asString());
        form(token, IntakeFixtures.adultAnswers(3)).formParam("_action", "submit")
                .formParam("_booking", booked.manageToken())
                .when().post("/intake/" + slug).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Help is available right now"))
                .body(containsString("Call or text 9-8-8"))
                .body(containsString("Call 911"))
                .body(containsString("class=\"reference\">HI-"));
        form(find(TOKEN, given().get("/intake/" + slug).asString()), IntakeFixtures.adultAnswers(0))
                .formParam("_action", "submit").when().post("/intake/" + slug).then().statusCode(200)
                .body(containsString("Thank you, your form was received"))
                .body(not(containsString("9-8-8")));
    }
}
