package app.hearth.intake;

import app.hearth.support.Browser;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole intake journey in real headless Chromium: conditional questions, a draft saved and resumed, the
 * error summary, an urgent answer's crisis page, then the linked therapist's audited read.
 */
@QuarkusTest
class IntakeBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    IntakeFixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    TestClock clock;

    private Browser chromium;
    private WebDriver browser;

    @BeforeEach
    void start() {
        clock.reset();
        // the shared browser support skips this test, with a message, on a machine without chromium or its driver
        chromium = Browser.open("America/Toronto");
        browser = chromium.driver();
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    private void click(String id) {
        WebElement element = byId(id);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    @Test
    void aClientCompletesTheAdultIntakeWithADraftInBetweenAndTheTherapistReadsIt() {
        String slug = fixtures.publishAdultIntake();
        IntakeFixtures.Booked booked = fixtures.book();
        browser.get(base + "intake/" + slug + "?booking=" + booked.manageToken());

        // conditional questions appear only when their condition holds
        assertFalse(byId("wrap-previous_therapy_detail").isDisplayed());
        click("q-previous_therapy");
        assertTrue(byId("wrap-previous_therapy_detail").isDisplayed());
        click("q-previous_therapy-no");
        assertFalse(byId("wrap-previous_therapy_detail").isDisplayed());

        type("q-full_name", "Robin Tremblay");
        type("q-email", "robin.tremblay@example.org");
        type("q-main_concern", "Trouble sleeping since the move");

        // save in place: the page stays, a private resume link appears
        click("save-draft");
        WebElement link = chromium.waitFor(By.id("resume-link"));
        String resume = link.getAttribute("href");
        assertTrue(resume.contains("?draft="), resume);

        // come back later through the link (the public URL in tests is localhost:8080, so keep only the path)
        browser.get(base + resume.substring(resume.indexOf("intake/")));
        assertEquals("Robin Tremblay", byId("q-full_name").getAttribute("value"));
        assertTrue(byId("q-previous_therapy-no").isSelected());

        // sending too early: the error summary takes focus and links to each field
        click("q-email");
        byId("q-email").sendKeys(Keys.END, "x@");
        browser.findElement(By.cssSelector("button[value=submit]")).click();
        // the answer is a new page; wait for it rather than read the old one's focus
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "error-summary".equals(d.switchTo().activeElement().getAttribute("id")));
        WebElement emailError = browser.findElement(By.cssSelector("#error-summary a[href='#q-email']"));
        emailError.sendKeys(Keys.ENTER);
        assertEquals("q-email", browser.switchTo().activeElement().getAttribute("id"));

        type("q-email", "robin.tremblay@example.org");
        // a date input's typing order follows the browser's locale; set the ISO value the control submits
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '1988-06-14'", byId("q-date_of_birth"));
        type("q-phone", "+1 416 555 0142");
        click("q-contact_methods");
        type("q-emergency_name", "Jo Tremblay");
        type("q-emergency_relationship", "Sibling");
        type("q-emergency_phone", "+1 416 555 0199");
        click("q-concern_duration-months");
        click("q-daily_impact-3");
        click("q-hospitalised-no");
        type("q-goals", "Sleep through the night");
        click("q-session_format-video");
        for (int i = 1; i <= 9; i++) {
            click("q-phq9_" + i + "-1");
        }
        for (int i = 1; i <= 7; i++) {
            click("q-gad7_" + i + "-2");
        }
        click("q-consent_treatment");
        type("q-consent_treatment-signature", "Robin Tremblay");
        click("q-privacy_notice");
        type("q-privacy_notice-signature", "Robin Tremblay");
        browser.findElement(By.cssSelector("button[value=submit]")).click();

        // an item-9 answer above 0: crisis resources come first
        String crisis = chromium.waitFor(By.cssSelector(".crisis")).getText();
        assertTrue(crisis.contains("9-8-8") && crisis.contains("911"), crisis);
        String reference = browser.findElement(By.cssSelector(".reference")).getText();

        String token = tokens.therapist(booked.therapist());
        given().auth().oauth2(token).when().get("/api/me/intakes/" + reference).then().statusCode(200)
                .body("urgent", equalTo(true))
                .body("answers.find { it.questionId == 'date_of_birth' }.answer", equalTo("1988-06-14"))
                .body("answers.find { it.questionId == 'main_concern' }.answer", equalTo("Trouble sleeping since the move"));
        given().auth().oauth2(tokens.admin()).queryParam("reference", reference).when().get("/api/admin/audit")
                .then().body("", hasSize(1)).body("action", equalTo(List.of("READ")));
        assertFalse(fixtures.storedAnswers(reference).contains("sleeping"));
    }
}
