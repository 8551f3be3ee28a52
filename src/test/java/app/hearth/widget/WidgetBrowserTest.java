package app.hearth.widget;

import app.hearth.support.Browser;
import app.hearth.support.Fixtures;
import app.hearth.therapist.Therapist;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The widget in real headless Chromium, on a practice's page served from another origin: booking inside the
 * frame, the frame fitting its content, the host page hearing about the booking, a page on an origin that is
 * not allowed being refused, and booking with the keyboard alone in button mode.
 */
@QuarkusTest
@TestProfile(EmbedTestProfile.class)
class WidgetBrowserTest {

    static final long INITIAL_FRAME_HEIGHT = 480;
    static Browser browser;
    static WebDriver driver;
    static HostSite host;

    @TestHTTPResource("/")
    URI hearth;
    @Inject
    Fixtures fixtures;

    @BeforeAll
    static void start() throws Exception {
        // the visitor's zone is the practice's, so the frame's pages never reload themselves into another zone
        browser = Browser.open("America/Toronto");
        driver = browser.driver();
        host = new HostSite();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    void aVisitorBooksInsideTheFrameWhichFitsItsContentAndTheHostPageHearsOfIt() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        host.page("/inline-" + t.slug + ".html", "<script src=\"" + hearth + "widget.js\" data-therapist=\"" + t.slug
                + "\" async></script>");
        driver.get(HostSite.allowedOrigin() + "/inline-" + t.slug + ".html");

        WebElement frame = wait(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hearth-booking iframe")));
        assertTrue((Boolean) js().executeScript("var c = document.querySelector('.hearth-booking');"
                + "return c.previousElementSibling.tagName === 'SCRIPT' && c.nextElementSibling.id === 'after';"),
                "the widget appears where its script tag is");
        enter(frame);
        String start = driver.findElement(By.cssSelector("button.slot")).getAttribute("value");
        driver.findElement(By.cssSelector("button.slot")).click();
        wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
        long detailsHeight = assertFrameFitsContent(frame);
        assertTrue(detailsHeight > INITIAL_FRAME_HEIGHT, "the frame grew to the form: " + detailsHeight);

        enter(frame);
        driver.findElement(By.id("name")).sendKeys("Robin Framed");
        driver.findElement(By.id("email")).sendKeys("robin@example.org");
        driver.findElement(By.id("consent")).click();
        driver.findElement(By.cssSelector("form.details button[type=submit]")).click();
        // the form's own page may still be showing: wait for the confirmation's heading itself
        wait(60).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Your call is booked"));
        String reference = driver.findElement(By.cssSelector("[data-reference]")).getText();
        assertEquals(1, fixtures.activeBookings(t));
        assertEquals("", js().executeScript("return document.cookie;"), "the frame lives without cookies");
        assertTrue(driver.manage().getCookies().isEmpty());
        assertFrameFitsContent(frame);

        Map<?, ?> booked = bookedEvent();
        assertEquals(reference, booked.get("reference"));
        // once it fits, the frame stays quiet: setting the height does not cause another resize
        long resizes = ((Number) js().executeScript("return window.hearthResizes;")).longValue();
        assertTrue(resizes >= 3, "a height for each of the three pages: " + resizes);
        // a resize loop would show within a few frames: each round trip (resize, postMessage, new height) takes one
        js().executeAsyncScript("const done = arguments[arguments.length - 1]; let frames = 10;"
                + "const next = () => (frames-- > 0 ? requestAnimationFrame(next) : done()); requestAnimationFrame(next);");
        assertEquals(resizes, ((Number) js().executeScript("return window.hearthResizes;")).longValue());
        assertEquals(start, booked.get("start"));
        assertEquals("hearth-booking", booked.get("widget"));
    }

    @Test
    void severalWidgetsOnOnePageEachFitAndReportOnTheirOwnElement() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        host.page("/two-" + t.slug + ".html", "<div data-hearth-booking data-therapist=\"" + t.slug + "\" id=\"first\"></div>"
                + "<div data-hearth-booking id=\"second\"></div>"
                + "<script src=\"" + hearth + "widget.js\" async></script>");
        driver.get(HostSite.allowedOrigin() + "/two-" + t.slug + ".html");
        wait(60).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-hearth-booking] iframe"), 2));
        WebElement first = driver.findElement(By.cssSelector("#first iframe"));
        WebElement second = driver.findElement(By.cssSelector("#second iframe"));
        assertTrue(first.getAttribute("src").contains("/embed/book/" + t.slug + "?origin="));
        assertTrue(second.getAttribute("src").contains("/embed/book?origin="), "no therapist: the chooser");
        assertEquals(2, driver.findElements(By.tagName("iframe")).size(), "the script tag itself adds no third widget");
        long firstHeight = assertFrameFitsContent(first);
        long secondHeight = assertFrameFitsContent(second);
        assertTrue(firstHeight != secondHeight, "each frame has its own height: " + firstHeight);

        enter(first);
        driver.findElement(By.cssSelector("button.slot")).click();
        wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).sendKeys("Alex Two");
        driver.findElement(By.id("email")).sendKeys("alex@example.org");
        driver.findElement(By.id("consent")).click();
        driver.findElement(By.cssSelector("form.details button[type=submit]")).click();
        wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-reference]")));
        assertEquals("first", bookedEvent().get("widget"));
        assertFrameFitsContent(second);
    }

    @Test
    void aPageOnAnOriginThatIsNotAllowedCannotFrameTheWidget() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        host.page("/elsewhere-" + t.slug + ".html", "<script src=\"" + hearth + "widget.js\" data-therapist=\"" + t.slug
                + "\" async></script>");
        // the same server and page, reached by a name that is not on the allow list
        driver.get(HostSite.otherOrigin() + "/elsewhere-" + t.slug + ".html");
        WebElement frame = wait(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hearth-booking iframe")));
        driver.switchTo().frame(frame);
        wait(60).until(d -> (Boolean) js().executeScript(
                "return document.readyState === 'complete' && location.href !== 'about:blank';"));
        assertTrue(driver.findElements(By.cssSelector(".picker, h1")).stream()
                .noneMatch(e -> e.getText().contains("Book a call")), "the booking page must not render");
        assertTrue(driver.findElements(By.cssSelector("button.slot")).isEmpty());
        driver.switchTo().defaultContent();
        assertEquals(INITIAL_FRAME_HEIGHT, ((Number) js().executeScript("return arguments[0].clientHeight;", frame)).longValue(),
                "a refused frame never reports a height");
    }

    @Test
    void buttonModeBooksWithTheKeyboardAloneInAnAccessibleDialog() {
        Therapist t = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        host.page("/button-" + t.slug + ".html", "<script src=\"" + hearth + "widget.js\" data-therapist=\"" + t.slug
                + "\" data-mode=\"button\" data-primary-color=\"#7a3b69\" async></script>");
        driver.get(HostSite.allowedOrigin() + "/button-" + t.slug + ".html");
        WebElement opener = wait(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hearth-booking button")));
        assertEquals("Book a free call", opener.getText());

        for (int i = 0; i < 5 && !isActive(opener); i++) {
            press(Keys.TAB);
        }
        assertTrue(isActive(opener), "the button is reachable with Tab");
        press(Keys.ENTER);
        WebElement dialog = driver.findElement(By.tagName("dialog"));
        assertTrue((Boolean) js().executeScript("return arguments[0].open;", dialog));
        WebElement frame = dialog.findElement(By.tagName("iframe"));
        wait(30).until(d -> isActive(frame));

        enter(frame);
        wait(30).until(d -> (Boolean) js().executeScript("return document.activeElement.tagName === 'H1';"));
        assertEquals("rgb(122, 59, 105)", js().executeScript(
                "return getComputedStyle(document.querySelector('button.slot')).borderTopColor;"), "the practice's colour");
        String start = tabUntil(frame, "button.slot").getAttribute("value");
        press(Keys.ENTER);
        wait(60).until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
        tabUntil(frame, "#name");
        press("Kim Keyboard");
        tabUntil(frame, "#email");
        press("kim@example.org");
        tabUntil(frame, "#consent");
        press(Keys.SPACE);
        tabUntil(frame, "form.details button[type=submit]");
        press(Keys.ENTER);
        // the form's own page may still be showing: wait for the confirmation's heading itself
        wait(60).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Your call is booked"));
        assertEquals(1, fixtures.activeBookings(t));

        // Tab never leaves the dialog: it wraps from the frame's last link to the close button and back in (the
        // confirmation's links: the video room, the calendar links and the manage link, so twice round takes 16)
        driver.switchTo().defaultContent();
        int onClose = 0;
        for (int i = 0; i < 16; i++) {
            press(Keys.TAB);
            assertTrue((Boolean) js().executeScript("return arguments[0].contains(document.activeElement);", dialog),
                    "focus stayed in the dialog");
            onClose += (Boolean) js().executeScript("return document.activeElement.getAttribute('aria-label') === 'Close booking';") ? 1 : 0;
        }
        assertTrue(onClose >= 2, "focus wrapped around more than once: " + onClose);
        tabUntil(frame, "[data-manage-link]");
        press(Keys.ESCAPE);
        driver.switchTo().defaultContent();
        wait(30).until(d -> !(Boolean) js().executeScript("return arguments[0].open;", dialog));
        assertTrue(isActive(opener), "focus returns to the button that opened the dialog");
        assertEquals(start, bookedEvent().get("start"));
    }

    /** Switches into the frame once its page has settled (site.js may reload it once in the browser's zone). */
    private void enter(WebElement frame) {
        driver.switchTo().defaultContent();
        driver.switchTo().frame(frame);
        wait(60).ignoring(WebDriverException.class).until(d -> (Boolean) js().executeScript(
                "var zone = document.querySelector('[data-zone-select]');"
                + "return document.readyState === 'complete' && (!zone || zone.getAttribute('data-zone-current')"
                + " === Intl.DateTimeFormat().resolvedOptions().timeZone);"));
    }

    /** Waits for the host to apply the frame's latest height, then checks there is nothing left to scroll. */
    private long assertFrameFitsContent(WebElement frame) {
        long[] heights = new long[2];
        wait(30).ignoring(WebDriverException.class)
                .withMessage(() -> "iframe " + heights[0] + "px high, its content " + heights[1] + "px").until(d -> {
            driver.switchTo().defaultContent();
            heights[0] = ((Number) js().executeScript("return arguments[0].clientHeight;", frame)).longValue();
            driver.switchTo().frame(frame);
            heights[1] = ((Number) js().executeScript(
                    // the content's own extent (main is the body's only child), not the body, which could stretch
                    "return Math.ceil(document.getElementById('main').getBoundingClientRect().bottom + window.scrollY);"))
                    .longValue();
            return heights[0] == heights[1];
        });
        List<?> scroll = (List<?>) js().executeScript("var e = document.documentElement;"
                + "return [e.scrollHeight, e.clientHeight, window.innerWidth, e.clientWidth];");
        long scrollHeight = ((Number) scroll.get(0)).longValue();
        long clientHeight = ((Number) scroll.get(1)).longValue();
        assertTrue(scrollHeight <= clientHeight, "no inner scrolling: " + scrollHeight + " > " + clientHeight);
        assertEquals(((Number) scroll.get(2)).longValue(), ((Number) scroll.get(3)).longValue(), "no vertical scrollbar");
        driver.switchTo().defaultContent();
        return heights[0];
    }

    /** Presses Tab (inside the frame's document) until the focused element matches the selector. */
    private WebElement tabUntil(WebElement frame, String selector) {
        driver.switchTo().defaultContent();
        driver.switchTo().frame(frame);
        for (int i = 0; i < 80; i++) {
            WebElement active = driver.switchTo().activeElement();
            if ((Boolean) js().executeScript("return document.hasFocus() && arguments[0].matches(arguments[1]);",
                    active, selector)) {
                return active;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private Map<?, ?> bookedEvent() {
        driver.switchTo().defaultContent();
        wait(30).until(d -> ((Number) js().executeScript("return window.hearthBooked.length;")).intValue() == 1);
        return (Map<?, ?>) js().executeScript("return window.hearthBooked[0];");
    }

    private boolean isActive(WebElement element) {
        return (Boolean) js().executeScript("return document.activeElement === arguments[0];", element);
    }

    private static void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
