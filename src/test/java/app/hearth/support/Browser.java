package app.hearth.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Real headless Chromium for tests, driven by Selenium with Debian's /usr/bin/chromium and /usr/bin/chromedriver
 * (both paths explicit, so Selenium Manager never downloads anything). Each browser gets a fresh profile and,
 * optionally, its own time zone. Without Chromium the test is skipped with a message, unless CI=true, where a
 * missing browser fails the run.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser whose system time zone is the given IANA zone, as if the visitor lived there. */
    public static Browser open(String timeZone) {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("hearth-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile,
                    // the site scrolls smoothly unless reduced motion is asked for; a click must not land mid-scroll
                    "--force-prefers-reduced-motion");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("TZ", timeZone))
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a browser profile directory", e);
        }
    }

    private static void requireChromium() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (present) {
            return;
        }
        String message = CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver) are not installed";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("Browser tests cannot run under CI=true: " + message);
        }
        System.err.println("SKIPPED: browser test, because " + message + ".");
        Assumptions.abort(message);
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Waits until the page's address satisfies the condition (after a redirect or a form post). */
    public void waitForUrl(Predicate<String> condition) {
        new WebDriverWait(driver, WAIT).until(d -> condition.test(d.getCurrentUrl()));
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public String h1() {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText());
    }

    /**
     * Waits for the page heading to read as expected and returns it: after a key press or a click the old
     * page may still be showing, so an immediate read could see its heading, or lose it mid-read.
     */
    public String h1(String expected) {
        try {
            return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        String text = d.findElement(By.tagName("h1")).getText();
                        return expected.equals(text) ? text : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            return h1();
        }
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches, as a keyboard user would; fails after maxTabs presses. */
    public WebElement tabTo(Predicate<WebElement> wanted, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement now = focused();
            if (wanted.test(now)) {
                return now;
            }
        }
        throw new AssertionError("no matching element within " + maxTabs + " Tab presses");
    }

    /** Presses keys on whatever has focus. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public static Predicate<WebElement> withId(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    public static Predicate<WebElement> withAttribute(String name, String value) {
        return e -> value.equals(e.getAttribute(name));
    }

    public static Predicate<WebElement> withText(String text) {
        return e -> e.getText() != null && e.getText().contains(text);
    }

    /** The element's computed outline, to check that focus is visible. */
    public String outlineOf(WebElement element) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", element);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
