package app.hearth.booking;

import app.hearth.intake.FormDefinition;
import app.hearth.support.Browser;
import app.hearth.support.Fixtures;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client journey in real headless Chromium: book a phone call (the page says how the call happens and asks for
 * the number), reload the confirmation (still one booking), follow its intake link, send the form, and the booking
 * shows its intake done.
 */
@QuarkusTest
class JourneyBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    Fixtures fixtures;
    @Inject
    IntakeFixtures intake;
    @Inject
    Tokens tokens;

    @Test
    void aClientBooksAPhoneCallReloadsTheConfirmationAndSendsTheirIntake() throws Exception {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String form = intake.publish(new ObjectMapper().readValue("""
                {"title": "Before we talk", "sections": [{"id": "s", "title": "About you", "questions": [
                  {"id": "goal", "type": "SHORT_TEXT", "label": "What would you like help with?", "required": true}
                ]}]}""", FormDefinition.class));
        given().auth().oauth2(tokens.therapist(t)).contentType(ContentType.JSON)
                .body(Map.of("kind", "PHONE", "intakeForm", form)).put("/api/me/meeting").then().statusCode(200);

        String token;
        try (Browser browser = Browser.open("America/Toronto")) {
            browser.get(url("/book/" + t.slug + "/details?tz=America/Toronto&start=2026-12-01T14:00:00Z"));
            assertTrue(browser.waitFor(By.cssSelector("[data-how]")).getText().contains("will phone you"));
            assertEquals("true", browser.driver().findElement(By.id("phone")).getAttribute("required"));
            browser.driver().findElement(By.id("name")).sendKeys("Robin Ellis");
            browser.driver().findElement(By.id("email")).sendKeys("robin@example.org");
            browser.driver().findElement(By.id("phone")).sendKeys("416 967 1111");
            click(browser, By.id("consent"));
            click(browser, By.cssSelector("form.details button[type=submit]"));

            assertEquals("Your call is booked", browser.h1("Your call is booked"));
            String confirmed = browser.url();
            assertTrue(confirmed.contains("/book/booked/"), "the confirmation is a page of its own: " + confirmed);
            token = confirmed.substring(confirmed.lastIndexOf('/') + 1);
            assertTrue(browser.driver().findElement(By.cssSelector("[data-location-kind=PHONE]")).getText()
                    .contains(t.name + " will phone you"));
            assertTrue(browser.driver().findElement(By.cssSelector("[data-google-link]")).getAttribute("href")
                    .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE"));

            browser.driver().navigate().refresh();
            assertEquals("Your call is booked", browser.h1("Your call is booked"));
            assertEquals(confirmed, browser.url(), "a reload asks nothing and stays on the confirmation");
            assertEquals(1, fixtures.activeBookings(t), "a reload never books twice");

            String intakeLink = browser.driver().findElement(By.cssSelector("[data-intake-link]")).getAttribute("href");
            browser.get(url(intakeLink.substring(intakeLink.indexOf("/intake/"))));
            assertEquals("Before we talk", browser.h1("Before we talk"));
            browser.waitFor(By.name("goal")).sendKeys("Sleeping again");
            click(browser, By.cssSelector("button[value=submit]"));
            assertEquals("Thank you, your form was received", browser.h1("Thank you, your form was received"));

            browser.get(url("/manage/" + token));
            assertTrue(browser.waitFor(By.cssSelector("[data-intake-done]")).isDisplayed());
        }
        given().get("/api/bookings/manage/" + token).then().statusCode(200)
                .body("intakeDone", equalTo(true)).body("intakeUrl", nullValue())
                .body("location.kind", equalTo("PHONE")).body("client.phone", equalTo("+14169671111"))
                .body("reference", notNullValue());
        assertEquals(1, fixtures.activeBookings(t));
    }

    /** Clicks like a user who scrolled the element into the middle of the window first. */
    private static void click(Browser browser, By locator) {
        WebElement element = browser.driver().findElement(locator);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private String url(String path) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return root + path;
    }
}
