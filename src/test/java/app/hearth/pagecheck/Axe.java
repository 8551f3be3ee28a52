package app.hearth.pagecheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility rules engine, injected into the page Chromium shows and run for WCAG 2.2 A and AA.
 * The version is pinned in src/test/axe (package.json with its lock file); the first use installs it into
 * target/axe with {@code npm ci}. Without npm or the registry the checks are skipped with a message, except under
 * CI=true, where that fails the run.
 */
public final class Axe {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA (2.2 added no level A rule that axe tags separately). */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final Path PINNED = Path.of("src", "test", "axe");
    private static final Path HOME = Path.of("target", "axe");
    private static final Path SCRIPT = HOME.resolve(Path.of("node_modules", "axe-core", "axe.min.js"));
    private static final ObjectMapper JSON = new ObjectMapper();
    // an id used twice that ARIA points at gives the wrong element its name: a failure, not axe's "needs review"
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.configure({rules: [{id: 'duplicate-id-aria', reviewOnFail: false}]});
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(function (r) { done(JSON.stringify(r.violations)); })
                .catch(function (e) { done(JSON.stringify({error: String(e)})); });
            """;

    private static String source;
    private static String unavailable;

    /** One serious or critical rule violation, with the elements it was found on. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return "[" + impact + "] " + rule + ": " + help + " (" + helpUrl + ")\n      at " + String.join("\n      at ", targets);
        }
    }

    private Axe() {
    }

    /** The installed axe-core's source, or null after printing why it is missing (a failure under CI=true). */
    public static synchronized String sourceOrSkip() {
        if (source == null && unavailable == null) {
            try {
                source = Files.readString(install());
            } catch (IOException | IllegalStateException e) {
                unavailable = e.getMessage();
            }
        }
        if (source == null) {
            String message = "axe-core is not available: " + unavailable;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("Accessibility checks cannot run under CI=true: " + message);
            }
            System.err.println("SKIPPED: axe-core accessibility checks, because " + message + ".");
        }
        return source;
    }

    /** The source, or the test is aborted (and failed under CI=true) when axe-core cannot be had. */
    public static String sourceOrAbort() {
        String script = sourceOrSkip();
        Assumptions.assumeTrue(script != null, "axe-core is not available");
        return script;
    }

    /** Injects axe-core into the page the driver shows and returns its serious and critical WCAG 2.2 A/AA violations. */
    public static List<Violation> run(WebDriver driver, String axeSource) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String answer = (String) js.executeAsyncScript(RUN, WCAG_22_AA);
        try {
            JsonNode results = JSON.readTree(answer);
            if (results.has("error")) {
                throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + results.get("error"));
            }
            List<Violation> blocking = new ArrayList<>();
            for (JsonNode v : results) {
                if (BLOCKING.contains(v.path("impact").asText())) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    blocking.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                            v.path("helpUrl").asText(), targets));
                }
            }
            return blocking;
        } catch (IOException e) {
            throw new IllegalStateException("axe-core answered something that is not JSON: " + answer, e);
        }
    }

    /** Installs the pinned axe-core into target/axe unless that exact version is already there. */
    private static Path install() throws IOException {
        Path lock = PINNED.resolve("package-lock.json");
        Path installedLock = HOME.resolve("package-lock.json");
        if (Files.isRegularFile(SCRIPT) && Files.isRegularFile(installedLock)
                && Files.mismatch(lock, installedLock) == -1) {
            return SCRIPT;
        }
        Files.createDirectories(HOME);
        Files.copy(PINNED.resolve("package.json"), HOME.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
        Path log = HOME.resolve("npm.log");
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("npm is not installed (Debian package npm)");
        }
        try {
            boolean finished = npm.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                npm.destroyForcibly();
            }
            if (!finished || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
                throw new IllegalStateException("npm ci in " + HOME + " failed: " + Files.readString(log).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing axe-core");
        }
        return SCRIPT;
    }
}
