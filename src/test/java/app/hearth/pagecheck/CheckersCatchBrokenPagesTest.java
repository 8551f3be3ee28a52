package app.hearth.pagecheck;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page check cannot pass silently: crawling a tiny site whose home page is sound and links to a page with two
 * deliberate mistakes (an id used twice, a picture without a text alternative), both checkers report the broken
 * page, readably, and nothing on the sound one.
 */
@Tag("pages")
class CheckersCatchBrokenPagesTest {

    static final String SOUND = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sound page</title></head>
            <body>
            <main>
            <h1>A sound page</h1>
            <p>It links to <a href="/broken">a broken page</a>.</p>
            <img src="/portrait.svg" alt="A portrait" width="96" height="96">
            </main>
            </body>
            </html>
            """;
    static final String BROKEN = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Broken page</title></head>
            <body>
            <main>
            <h1 id="intro">A broken page</h1>
            <section aria-labelledby="intro">
            <p id="intro">The same id twice, and a picture with no text alternative:</p>
            <img src="/portrait.svg" width="96" height="96">
            </section>
            </main>
            </body>
            </html>
            """;
    static final String PORTRAIT = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\"/>";

    static HttpServer site;

    @BeforeAll
    static void serveTheTinySite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, String[]> files = Map.of("/", new String[] {"text/html; charset=utf-8", SOUND},
                "/broken", new String[] {"text/html; charset=utf-8", BROKEN},
                "/portrait.svg", new String[] {"image/svg+xml", PORTRAIT});
        site.createContext("/", exchange -> {
            String[] file = files.get(exchange.getRequestURI().getPath());
            byte[] body = (file == null ? "not here" : file[1]).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", file == null ? "text/plain" : file[0]);
            exchange.sendResponseHeaders(file == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
    }

    @AfterAll
    static void stop() {
        site.stop(0);
    }

    @Test
    void theHtmlCheckerReportsTheDuplicateIdAndTheMissingAltOnTheBrokenPageOnly() {
        List<String> findings = crawl(BrowserAudit.skipping("this test checks HTML only"));
        assertEquals(2, findings.size(), String.join("\n", findings));
        assertTrue(findings.get(0).startsWith("[HTML] /broken: line 9, column ")
                && findings.get(0).contains(": Duplicate ID “intro”."),
                findings.get(0));
        assertTrue(findings.get(0).contains("<p id=\"intro\">"), "the report quotes the source: " + findings.get(0));
        assertTrue(findings.get(1).startsWith("[HTML] /broken: line 10, column "), findings.get(1));
        assertTrue(findings.get(1).contains("An “img” element must have an “alt” attribute"), findings.get(1));
    }

    @Test
    void axeReportsBothMistakesAtBothWidthsOnTheBrokenPageOnly() {
        try (BrowserAudit browser = BrowserAudit.open("UTC")) {
            assumeTrue(browser.skipped() == null, "axe-core needs Chromium and npm: " + browser.skipped());
            List<String> axe = crawl(browser).stream().filter(f -> f.startsWith("[axe")).toList();
            for (String width : List.of("1280 px", BrowserAudit.MOBILE_WIDTH + " px")) {
                String prefix = "[axe, " + width + "] /broken: ";
                assertTrue(axe.stream().anyMatch(f -> f.startsWith(prefix + "[critical] image-alt: ")
                        && f.contains("at [\"img\"]")), "image-alt at " + width + ":\n" + String.join("\n", axe));
                assertTrue(axe.stream().anyMatch(f -> f.startsWith(prefix + "[critical] duplicate-id-aria: ")
                        && f.contains("at [\"h1\"]") && f.contains("https://dequeuniversity.com/rules/axe/")),
                        "duplicate-id-aria at " + width + ":\n" + String.join("\n", axe));
            }
            assertTrue(axe.stream().allMatch(f -> f.contains("] /broken: ")), String.join("\n", axe));
            assertEquals(4, browser.runs(), "two pages, two widths each");
        }
    }

    private static List<String> crawl(BrowserAudit browser) {
        SiteCrawl crawl = new SiteCrawl("http://127.0.0.1:" + site.getAddress().getPort(), List.of(), browser);
        crawl.get("/", 200, null);
        crawl.followEveryLink();
        assertEquals(2, crawl.pages().size(), "the crawl found the broken page by its link");
        return crawl.findings();
    }
}
