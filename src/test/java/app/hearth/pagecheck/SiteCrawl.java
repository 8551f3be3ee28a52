package app.hearth.pagecheck;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Walks the app's pages and checks each HTML page once: valid HTML (Nu checker) and, in Chromium, accessible (axe-core
 * at two widths). Pages are found by following same-origin links from the pages visited, and by the forms a test
 * sends explicitly. Addresses that differ only in query values (another day, another week) are one page.
 * Cookies are kept, so a test that signs in through a form crawls as that person from then on.
 */
final class SiteCrawl {

    private static final int MAX_REDIRECTS = 5;
    /** What Chromium asks for when it follows a link. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String origin;
    private final List<String> aliases;
    private final BrowserAudit browser;
    private final HtmlChecker html = HtmlChecker.shared();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();
    private final Map<String, CrawledPage> byKey = new HashMap<>();
    private final Deque<Visit> links = new ArrayDeque<>();
    private final List<CrawledPage> checked = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();

    /**
     * @param origin  where the app under test answers, e.g. http://localhost:40123
     * @param aliases other origins that mean this app (its configured public URL, used in absolute links)
     */
    SiteCrawl(String origin, List<String> aliases, BrowserAudit browser) {
        this.origin = origin;
        this.aliases = aliases;
        this.browser = browser;
    }

    /** Checks the page at this path (a start of the crawl, or a page only a test knows about). */
    CrawledPage get(String path, int expectedStatus, String state) {
        return check(new Visit("GET", origin + path, Map.of(), expectedStatus, state));
    }

    /** Follows the first link matching the selector on a page (a page already checked is not checked again). */
    CrawledPage follow(CrawledPage from, String linkSelector) {
        Element link = from.document().selectFirst(linkSelector);
        if (link == null) {
            throw new AssertionError("no link " + linkSelector + " on " + from.visit());
        }
        String url = sameSite(link.absUrl("href"));
        if (url == null) {
            throw new AssertionError("link " + linkSelector + " on " + from.visit() + " leaves the app: " + link);
        }
        CrawledPage known = byKey.get(key(url));
        return known != null ? known : check(Visit.link(url));
    }

    /**
     * Sends a form on a page as a browser would (its fields as they stand, the submitter's name and value), with
     * some fields replaced, and checks the page that answers.
     */
    CrawledPage submit(CrawledPage from, String formSelector, String submitterSelector,
                       Map<String, List<String>> replaced, int expectedStatus, String state) {
        Document page = from.document();
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("no form " + formSelector + " on " + from.visit());
        }
        Map<String, List<String>> fields = FormFields.of(form, submitterSelector);
        fields.putAll(replaced);
        String action = form.hasAttr("action") ? form.absUrl("action") : from.url();
        if ("post".equalsIgnoreCase(form.attr("method"))) {
            return check(new Visit("POST", action, fields, expectedStatus, state));
        }
        String query = FormFields.encode(fields);
        // a form sent with GET replaces the action's query with its fields
        String url = action.replaceFirst("[?#].*$", "") + (query.isEmpty() ? "" : "?" + query);
        return check(new Visit("GET", url, Map.of(), expectedStatus, state));
    }

    /** Follows every link found so far, and the links on the pages they lead to, until none is new. */
    void followEveryLink() {
        while (!links.isEmpty()) {
            Visit next = links.poll();
            if (!byKey.containsKey(key(next.url()))) {
                check(next);
            }
        }
    }

    /** Every HTML page checked, in the order of checking. */
    List<CrawledPage> pages() {
        return List.copyOf(checked);
    }

    /** What the checkers found, one readable entry per problem; empty when every page passed. */
    List<String> findings() {
        return List.copyOf(findings);
    }

    private CrawledPage check(Visit visit) {
        CrawledPage page = fetch(visit);
        if (!visit.isPost()) {
            byKey.put(key(visit.url()), page);
        }
        byKey.putIfAbsent(key(page.url()), page);
        if (page.status() != visit.expectedStatus()) {
            findings.add("[status] " + visit + ": answered " + page.status() + ", expected " + visit.expectedStatus());
        }
        if (!page.isHtml()) {
            return page;
        }
        checked.add(page);
        html.errors(page.body()).forEach(e -> findings.add("[HTML] " + visit + ": " + e));
        findings.addAll(browser.audit(visit, origin, page.document().title()));
        for (Element a : page.document().select("a[href]")) {
            String url = sameSite(a.absUrl("href"));
            if (url != null && !byKey.containsKey(key(url))) {
                links.add(Visit.link(url));
            }
        }
        return page;
    }

    private CrawledPage fetch(Visit visit) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(visit.url())).header("Accept", ACCEPT);
        if (visit.isPost()) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(FormFields.encode(visit.fields())));
        }
        try {
            for (int hop = 0; ; hop++) {
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String location = answer.headers().firstValue("Location").orElse(null);
                if (answer.statusCode() / 100 != 3 || location == null || hop == MAX_REDIRECTS) {
                    return new CrawledPage(visit, answer.uri().toString(), answer.statusCode(),
                            answer.headers().firstValue("Content-Type").orElse(""), answer.body());
                }
                // the app answers form posts with 303 See Other and moved addresses with 301: both continue as GET
                request = HttpRequest.newBuilder(answer.uri().resolve(location)).header("Accept", ACCEPT);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + visit, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at " + visit, e);
        }
    }

    /** The link as an address of the app under test, or null when it leads elsewhere (or is not a web link). */
    private String sameSite(String absolute) {
        if (absolute.isEmpty()) {
            return null;
        }
        String url = absolute.replaceFirst("#.*$", "");
        for (String alias : aliases) {
            if (url.startsWith(alias + "/")) {
                url = origin + url.substring(alias.length());
            }
        }
        return url.startsWith(origin + "/") ? url : null;
    }

    /** The path and the names of the query parameters: pages that differ only in values are one page. */
    static String key(String url) {
        URI uri = URI.create(url);
        String query = uri.getRawQuery();
        Set<String> names = query == null ? Set.of() : Arrays.stream(query.split("&"))
                .map(p -> p.split("=", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
        return uri.getRawPath() + (names.isEmpty() ? "" : "?" + String.join("&", names));
    }

    /** A form's successful controls, as the HTML standard builds a form data set, and their encoding. */
    static final class FormFields {

        private FormFields() {
        }

        static Map<String, List<String>> of(Element form, String submitterSelector) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (Element control : form.select("input[name], select[name], textarea[name]")) {
                String type = control.attr("type").toLowerCase();
                boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked");
                if (control.hasAttr("disabled") || unchecked
                        || List.of("submit", "button", "image", "reset", "file").contains(type)) {
                    continue;
                }
                fields.computeIfAbsent(control.attr("name"), n -> new ArrayList<>()).add(value(control));
            }
            if (submitterSelector != null) {
                Element submitter = form.selectFirst(submitterSelector);
                if (submitter == null) {
                    throw new AssertionError("no " + submitterSelector + " in " + form.cssSelector());
                }
                if (submitter.hasAttr("name")) {
                    fields.computeIfAbsent(submitter.attr("name"), n -> new ArrayList<>()).add(submitter.attr("value"));
                }
            }
            return fields;
        }

        private static String value(Element control) {
            return switch (control.tagName()) {
                case "textarea" -> control.wholeText();
                case "select" -> {
                    Element option = control.selectFirst("option[selected]");
                    option = option != null ? option : control.selectFirst("option");
                    yield option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text();
                }
                default -> control.hasAttr("value") || !control.attr("type").matches("(?i)checkbox|radio")
                        ? control.attr("value") : "on";
            };
        }

        static String encode(Map<String, List<String>> fields) {
            List<String> pairs = new ArrayList<>();
            fields.forEach((name, values) -> values.forEach(v -> pairs.add(
                    URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
            return String.join("&", pairs);
        }
    }
}
