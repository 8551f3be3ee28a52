package app.hearth.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ResponseBodyExtractionOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An HTML page as a visitor meets it, parsed with jsoup: its title and heading, the text it shows, its links,
 * labelled form fields, error summary and facts, so page tests assert on what people see rather than on markup.
 * Lookups that find nothing fail the test with what was looked for.
 */
public final class Page {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Document document;

    private Page(Document document) {
        this.document = document;
    }

    /** The page in an HTTP answer (REST Assured's Response, or what then().extract() gives). */
    public static Page of(ResponseBodyExtractionOptions response) {
        return of(response.asString());
    }

    public static Page of(String html) {
        return new Page(Jsoup.parse(html));
    }

    /** The parsed document, for anything the lookups below do not cover. */
    public Document document() {
        return document;
    }

    /** What the browser tab shows. */
    public String title() {
        return document.title();
    }

    /** The page's one main heading (a page with none or several fails). */
    public String h1() {
        Elements h1 = document.select("h1");
        if (h1.size() != 1) {
            throw new AssertionError("expected exactly one h1, found " + h1.size() + ": " + h1.eachText());
        }
        return h1.text();
    }

    /** The headings of the given level ("h2"), in order. */
    public List<String> headings(String level) {
        return document.select(level).eachText();
    }

    /** All the text the page shows, whitespace collapsed. */
    public String text() {
        return document.body().text();
    }

    /** The content of a meta tag, by name or property ("description", "og:type"); null when absent. */
    public String meta(String nameOrProperty) {
        Element meta = document.selectFirst("meta[name=" + nameOrProperty + "], meta[property=" + nameOrProperty + "]");
        return meta == null ? null : meta.attr("content");
    }

    public String canonical() {
        return element("link[rel=canonical]").attr("href");
    }

    /** Whether the page asks search engines to leave it out. */
    public boolean hidesFromSearchEngines() {
        String robots = meta("robots");
        return robots != null && robots.contains("noindex");
    }

    /** The first link whose text is exactly this. */
    public Element link(String text) {
        return document.select("a[href]").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link \"" + text + "\" among " + document.select("a[href]")
                        .eachText()));
    }

    /** Every link's address, in order. */
    public List<String> hrefs() {
        return document.select("a[href]").eachAttr("href");
    }

    /** Whether some link goes exactly to this address. */
    public boolean linksTo(String href) {
        return hrefs().contains(href);
    }

    /** The form control a label names: the label's own words ("Email", without "(optional)" or markers). */
    public Element field(String label) {
        for (Element l : document.select("label[for]")) {
            if (l.ownText().strip().equals(label) || l.text().strip().equals(label)) {
                return element("#" + l.attr("for"));
            }
        }
        throw new AssertionError("no field labelled \"" + label + "\" among " + document.select("label").eachText());
    }

    /** The label a control (by id) is named by, if any. */
    public Optional<String> labelOf(String id) {
        return Optional.ofNullable(document.selectFirst("label[for=" + id + "]")).map(Element::text);
    }

    /** The value of the first form field with this name (hidden fields included). */
    public String value(String name) {
        return element("[name=" + name + "]").val();
    }

    /** The entries of the error summary at the top of a form, in order; empty when there is none. */
    public List<String> errorSummary() {
        return document.select(".error-summary li").eachText();
    }

    /** The message of an alert or status box (role alert or status) that contains this text. */
    public String notice(String containing) {
        return document.select("[role=alert], [role=status]").stream().map(Element::text)
                .filter(t -> t.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no notice with \"" + containing + "\" among "
                        + document.select("[role=alert], [role=status]").eachText()));
    }

    /** A button by the name a screen reader announces: its aria-label, else its text. */
    public Element button(String name) {
        return document.select("button").stream()
                .filter(b -> name.equals(b.hasAttr("aria-label") ? b.attr("aria-label") : b.text()))
                .findFirst().orElseThrow(() -> new AssertionError("no button \"" + name + "\""));
    }

    /** The definition shown for a term in a facts list ("Status" gives "Confirmed"). */
    public String fact(String term) {
        for (Element dt : document.select("dt")) {
            if (dt.text().equals(term) && dt.nextElementSibling() != null) {
                return dt.nextElementSibling().text();
            }
        }
        throw new AssertionError("no fact \"" + term + "\" among " + document.select("dt").eachText());
    }

    /** The form that posts to this address. */
    public Element form(String action) {
        return document.select("form").stream().filter(f -> f.attr("action").equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no form posting to " + action + " among "
                        + document.select("form").eachAttr("action")));
    }

    /** The schema.org types of the page's JSON-LD blocks ("MedicalBusiness", "Article", ...). */
    public List<String> jsonLdTypes() {
        List<String> types = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                types.add(node.path("@type").asText());
            } catch (IOException e) {
                throw new UncheckedIOException("JSON-LD that does not parse: " + script.data(), e);
            }
        }
        return types;
    }

    /** The script elements a browser would run: any without src is inline code (JSON-LD is data, not code). */
    public List<Element> inlineScripts() {
        return document.select("script:not([src]):not([type=application/ld+json])");
    }

    /** The first element matching a selector (for the app's own hooks, e.g. "[data-reference]"). */
    public Element element(String css) {
        Element found = document.selectFirst(css);
        if (found == null) {
            throw new AssertionError("nothing matches " + css);
        }
        return found;
    }
}
