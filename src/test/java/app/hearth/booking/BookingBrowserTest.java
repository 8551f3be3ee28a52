package app.hearth.booking;

import app.hearth.support.Browser;
import app.hearth.support.Fixtures;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.hearth.support.Browser.withAttribute;
import static app.hearth.support.Browser.withId;
import static app.hearth.support.Browser.withText;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor books a discovery call in real headless Chromium: once with the mouse, once with the keyboard alone. */
@QuarkusTest
class BookingBrowserTest {

    /** Tuesday 1 December 2026, 9:00 in Toronto, 14:00 in London. */
    static final String LONDON_SLOT = "Tuesday 1 December 2026, 2:00 PM British Time";

    @TestHTTPResource("/")
    URL base;
    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;

    @Test
    void aReaderFollowsAnArticlesCallToActionAndBooksWithTheMouse() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String article = publishArticleBy(t);
        try (Browser browser = Browser.open("Europe/London")) {
            browser.get(url("/blog/" + article));
            browser.waitFor(By.linkText("Book your 15-minute discovery call")).click();

            // the page first renders in the practice's zone; the script switches to the visitor's
            browser.waitForUrl(u -> u.contains("tz=Europe%2FLondon"));
            assertEquals("Book a call with " + t.name, browser.h1("Book a call with " + t.name));
            browser.waitFor(By.partialLinkText("Tuesday 1 December 2026")).click();
            browser.waitFor(By.cssSelector("button[aria-label='" + LONDON_SLOT + "']")).click();

            assertEquals("Your details", browser.h1("Your details"));
            browser.waitFor(By.id("name")).sendKeys("Robin Ellis");
            browser.driver().findElement(By.id("email")).sendKeys("robin@example.org");
            browser.driver().findElement(By.id("consent")).click();
            browser.driver().findElement(By.cssSelector("form.details button[type=submit]")).click();

            assertEquals("Your call is booked", browser.h1("Your call is booked"));
            String confirmation = browser.driver().findElement(By.className("confirmation")).getText();
            assertTrue(confirmation.contains(LONDON_SLOT), confirmation);
            assertTrue(confirmation.contains(t.name), confirmation);
            String manage = browser.driver().findElement(By.cssSelector("[data-manage-link]")).getAttribute("href");
            browser.get(url(manage.substring(manage.indexOf("/manage/"))));
            assertEquals("Confirmed", browser.waitFor(By.cssSelector("[data-status]")).getText());
        }
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void aVisitorBooksWithTheKeyboardAlone() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        try (Browser browser = Browser.open("Europe/London")) {
            browser.get(url("/book"));
            WebElement skip = browser.tabTo(withText("Skip to main content"), 1);
            assertTrue(skip.isDisplayed(), "the skip link shows when focused");
            assertTrue(browser.outlineOf(skip).startsWith("solid"), "focus is visible: " + browser.outlineOf(skip));

            // every listed therapist is a card of a few links, and other tests add therapists to the same database
            browser.tabTo(withAttribute("href", url("/book/" + t.slug)), 20 + 4 * fixtures.listedTherapists());
            browser.press(Keys.ENTER);
            browser.waitForUrl(u -> u.contains("tz=Europe%2FLondon"));
            browser.h1();

            browser.tabTo(withText("Tuesday 1 December 2026"), 80);
            browser.press(Keys.ENTER);
            browser.waitForUrl(u -> u.contains("day=2026-12-01"));
            browser.h1();

            WebElement slot = browser.tabTo(withAttribute("aria-label", LONDON_SLOT), 80);
            assertEquals("button", slot.getTagName());
            browser.press(Keys.SPACE);
            assertEquals("Your details", browser.h1("Your details"));

            browser.tabTo(withId("name"), 40);
            browser.press("Kai Moreno");
            browser.tabTo(withId("email"), 5);
            browser.press("kai@example.org");
            browser.tabTo(withId("consent"), 10);
            browser.press(Keys.SPACE);
            browser.tabTo(withText("Book the call"), 10);
            browser.press(Keys.ENTER);

            assertEquals("Your call is booked", browser.h1("Your call is booked"));
            String reference = browser.driver().findElement(By.cssSelector("[data-reference]")).getText();
            assertTrue(reference.startsWith("HB-"), reference);
        }
        assertEquals(1, fixtures.activeBookings(t));
    }

    @Test
    void aMistakeInTheFormIsAnnouncedAndFocused() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        try (Browser browser = Browser.open("America/Toronto")) {
            browser.get(url("/book/" + t.slug + "/details?tz=America/Toronto&start=2026-12-01T14:00:00Z"));
            browser.waitFor(By.id("name")).sendKeys("Lee");
            browser.driver().findElement(By.id("email")).sendKeys("not an address");
            browser.driver().findElement(By.cssSelector("form.details button[type=submit]")).click();
            browser.waitFor(By.className("error-summary"));
            WebElement focused = browser.focused();
            assertTrue(focused.getAttribute("class").contains("error-summary"), "focus moves to the list of problems");
            assertEquals("true", browser.driver().findElement(By.id("email")).getAttribute("aria-invalid"));
            assertEquals("Lee", browser.driver().findElement(By.id("name")).getAttribute("value"));
        }
        assertEquals(0, fixtures.activeBookings(t));
    }

    private String publishArticleBy(Therapist author) {
        String admin = tokens.admin();
        String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        long id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "title", "Finding the right therapist", "body", "It can take a few tries.",
                        "author", author.slug, "tags", List.of("getting-started")))
                .when().post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
        return slug;
    }

    private String url(String path) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return root + path;
    }
}
