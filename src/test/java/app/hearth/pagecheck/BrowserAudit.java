package app.hearth.pagecheck;

import app.hearth.support.Browser;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shows each page in one headless Chromium and runs axe-core on it twice: at the browser's desktop width
 * (1280 px) and, after switching the same loaded page to a 390 px-wide mobile viewport, again. A page reached by a
 * form is reached the same way here: the browser sends the same fields to the same address.
 */
final class BrowserAudit implements AutoCloseable {

    static final int MOBILE_WIDTH = 390;
    private static final int MOBILE_HEIGHT = 844;
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String SEND_FORM = """
            var form = document.createElement('form');
            form.method = 'post';
            form.action = arguments[0];
            var fields = arguments[1];
            // a staff form's token is bound to the session that loaded it: the browser's own copy of the same form
            // (on the page it shows) carries the token of the browser's own session
            var path = new URL(form.action).pathname;
            var own = Array.prototype.find.call(document.querySelectorAll('form'), function (f) {
              return new URL(f.action).pathname === path;
            });
            var token = own && own.querySelector('input[name=formToken]');
            if (token && fields.formToken && path.indexOf('/staff/') === 0) {
              fields.formToken = [token.value];
            }
            Object.keys(fields).forEach(function (name) {
              fields[name].forEach(function (value) {
                var input = document.createElement('input');
                input.type = 'hidden';
                input.name = name;
                input.value = value;
                form.appendChild(input);
              });
            });
            document.body.appendChild(form);
            HTMLFormElement.prototype.submit.call(form);
            """;

    private final Browser browser;
    private final String axe;
    private final String skipped;
    private int runs;

    private BrowserAudit(Browser browser, String axe, String skipped) {
        this.browser = browser;
        this.axe = axe;
        this.skipped = skipped;
    }

    /**
     * A browser with axe-core, in the given zone; or one that skips every audit, with a printed message, when
     * Chromium or axe-core is missing (both fail the run under CI=true, as the other browser tests do).
     */
    static BrowserAudit open(String timeZone) {
        String axe = Axe.sourceOrSkip();
        if (axe == null) {
            return skipping("axe-core is not available");
        }
        try {
            return new BrowserAudit(Browser.open(timeZone), axe, null);
        } catch (TestAbortedException noBrowser) {
            // Browser has printed why; the HTML check goes on without it
            return skipping(noBrowser.getMessage());
        }
    }

    /** No browser: every audit is skipped for the given reason. */
    static BrowserAudit skipping(String reason) {
        return new BrowserAudit(null, null, reason);
    }

    /** Why audits are skipped, or null when they run. */
    String skipped() {
        return skipped;
    }

    /** How many axe-core runs there were (two per page shown). */
    int runs() {
        return runs;
    }

    /**
     * Shows the visit's page and returns the violations found at each width, each naming the width and page; also
     * a finding when Chromium shows another page (by its title) than the one whose HTML was checked.
     */
    List<String> audit(Visit visit, String origin, String title) {
        if (skipped != null) {
            return List.of();
        }
        WebDriver driver = browser.driver();
        if (visit.isPost()) {
            send(driver, visit, origin);
        } else {
            driver.get(visit.url());
        }
        List<String> findings = new ArrayList<>();
        if (!title.equals(driver.getTitle())) {
            findings.add("[browser] " + visit + ": Chromium shows \"" + driver.getTitle() + "\", not \"" + title + "\"");
        }
        Axe.run(driver, axe).forEach(v -> findings.add("[axe, 1280 px] " + visit + ": " + v));
        HasCdp cdp = (HasCdp) driver;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", MOBILE_WIDTH, "height", MOBILE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        try {
            Axe.run(driver, axe).forEach(v -> findings.add("[axe, " + MOBILE_WIDTH + " px] " + visit + ": " + v));
        } finally {
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        runs += 2;
        return findings;
    }

    /** Sends the visit's fields from a page of the app itself, so the post is same-origin as a real one is. */
    private static void send(WebDriver driver, Visit visit, String origin) {
        if (!driver.getCurrentUrl().startsWith(origin + "/")) {
            driver.get(origin + "/");
        }
        WebElement old = driver.findElement(By.tagName("html"));
        ((JavascriptExecutor) driver).executeScript(SEND_FORM, visit.url(), visit.fields());
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
        }
    }
}
