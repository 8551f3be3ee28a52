package app.hearth.blog;

import app.hearth.support.Fixtures;
import app.hearth.support.Page;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BlogPagesTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Tokens tokens;
    @Inject
    TestClock clock;

    private Therapist author;
    private String admin;

    @BeforeEach
    void setUp() {
        author = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        admin = tokens.admin();
    }

    @Test
    void anArticlePageHasItsSeoTagsFaqsCallToActionAndRelatedArticles() {
        String tag = tag();
        String slug = publish(article(slug("sleep"), "Sleep and mood", "## Why it matters\n\nSleep *matters*.", tag));
        String related = publish(article(slug("rest"), "Rest and recovery", "Rest well.", tag));
        Page page = Page.of(given().when().get("/blog/" + slug).then().statusCode(200).extract());
        assertEquals("Sleep and mood | Maple Grove Counselling", page.title());
        assertEquals("Sleep and mood", page.h1());
        assertEquals("A short article about sleep and mood.", page.meta("description"));
        assertEquals("http://localhost:8080/blog/" + slug, page.canonical());
        assertEquals("article", page.meta("og:type"));
        assertEquals("summary", page.meta("twitter:card"));
        assertEquals(List.of("Article", "FAQPage"), page.jsonLdTypes());
        assertEquals("Why it matters", page.element(".article-body h2").text());
        assertEquals("Sleep matters.", page.element(".article-body p").text());
        assertEquals("Yes.", page.fact("Is this a question?"));
        assertTrue(page.headings("h2").contains("Book your 15-minute discovery call"), page.headings("h2")::toString);
        assertEquals("/book/" + author.slug, page.link("Book your 15-minute discovery call").attr("href"));
        assertEquals("/blog/" + related, page.link("Rest and recovery").attr("href"));
        assertEquals("/blog/tags/" + tag, page.link(tag.replace('-', ' ')).attr("href"));
    }

    @Test
    void scriptInTitlesBodiesAndFaqsComesOutInert() {
        String title = "<script>alert('title')</script> Title";
        Map<String, Object> body = article(slug("xss"), title,
                "Hi <script>alert('body')</script> [x](javascript:alert(1)) <img src=x onerror=alert(2)>", tag());
        body.put("summary", "</script><script>alert('summary')</script>");
        body.put("faqs", List.of(Map.of("question", "<b onmouseover=alert(3)>Q</b>", "answer", "</dd><script>alert(4)</script>")));
        String slug = publish(body);
        Page page = Page.of(given().when().get("/blog/" + slug).then().statusCode(200).extract());
        // every script element on the page is either our own file or a JSON-LD data block
        assertTrue(page.inlineScripts().isEmpty(), page.inlineScripts().toString());
        assertEquals(List.of("/js/site.js"), page.document().select("script[src]").eachAttr("src"));
        assertTrue(page.document().select("img[onerror], [onmouseover], a[href^=javascript]").isEmpty(),
                page.element(".article-body").html());
        assertEquals(title, page.h1());
        assertEquals("</script><script>alert('summary')</script>", page.meta("description"));
        assertEquals("</dd><script>alert(4)</script>", page.fact("<b onmouseover=alert(3)>Q</b>"));
        // JSON-LD keeps the text as data: no "</script" inside a block could end it early
        page.document().select("script[type=application/ld+json]").forEach(ld -> assertFalse(ld.data().contains("</"),
                ld.data()));
        given().when().get("/blog/feed.xml").then().statusCode(200).body(not(containsString("<script>alert")));
    }

    @Test
    void indexPagesAndTagPagesListPublishedArticles() {
        String tag = tag();
        String slug = publish(article(slug("index"), "Index me", "Body.", tag));
        Page index = Page.of(given().when().get("/blog").then().statusCode(200).extract());
        assertEquals("Blog | Maple Grove Counselling", index.title());
        assertEquals("Blog", index.h1());
        assertEquals("/blog/" + slug, index.link("Index me").attr("href"));
        Page tagged = Page.of(given().when().get("/blog/tags/" + tag).then().statusCode(200).extract());
        assertEquals("Articles about " + tag.replace('-', ' '), tagged.h1());
        assertEquals("/blog/" + slug, tagged.link("Index me").attr("href"));
        assertEquals("http://localhost:8080/blog/tags/" + tag, tagged.canonical());
        given().when().get("/blog/tags/no-articles-here").then().statusCode(404);
        given().queryParam("page", "9999").when().get("/blog").then().statusCode(404);
        given().redirects().follow(false).queryParam("tag", tag).when().get("/blog").then().statusCode(301)
                .header("Location", containsString("/blog/tags/" + tag));
    }

    @Test
    void articlesAnswer304WhenUnchanged() {
        String slug = publish(article(slug("cache"), "Cache me", "Body.", tag()));
        String lastModified = given().when().get("/blog/" + slug).then().statusCode(200)
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).when().get("/blog/" + slug).then().statusCode(304);
        String listing = given().when().get("/blog").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", listing).when().get("/blog").then().statusCode(304);
        String etag = given().when().get("/sitemap.xml").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/sitemap.xml").then().statusCode(304);
        String feedTag = given().when().get("/blog/feed.xml").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", feedTag).when().get("/blog/feed.xml").then().statusCode(304);
    }

    @Test
    void theBlogIndexChangesItsETagWhenAnArticleIsTakenDown() {
        String slug = publish(article(slug("takedown"), "Soon gone", "Body.", tag()));
        String before = given().when().get("/blog").then().statusCode(200).extract().header("ETag");
        long id = given().auth().oauth2(admin).when().get("/api/admin/articles").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.slug == '" + slug + "' }.id");
        given().auth().oauth2(admin).when().post("/api/admin/articles/" + id + "/unpublish").then().statusCode(200);
        Page index = Page.of(given().header("If-None-Match", before).when().get("/blog").then().statusCode(200)
                .extract());
        assertFalse(index.linksTo("/blog/" + slug), index.hrefs()::toString);
    }

    @Test
    void pagesAreCompressedForClientsThatAcceptIt() {
        publish(article(slug("gzip"), "Compress me", "Body. ".repeat(400), tag()));
        given().header("Accept-Encoding", "gzip").when().get("/blog").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void theSitemapIsValidAndListsPublicPagesOnly() throws Exception {
        String published = publish(article(slug("mapped"), "On the map", "Body.", tag()));
        String draft = slug("hidden");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(article(draft, "Hidden", "Body.", tag()))
                .when().post("/api/admin/articles").then().statusCode(201);
        byte[] xml = given().when().get("/sitemap.xml").then().statusCode(200)
                .contentType(containsString("application/xml")).extract().asByteArray();
        validate(xml, "/schema/sitemap-0.9.xsd");
        Document doc = parse(xml);
        List<String> locs = texts(doc, "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertTrue(locs.contains("http://localhost:8080/blog/" + published), locs.toString());
        assertTrue(locs.contains("http://localhost:8080/therapists/" + author.slug), locs.toString());
        assertTrue(locs.contains("http://localhost:8080/"), locs.toString());
        assertFalse(locs.stream().anyMatch(l -> l.contains(draft) || l.contains("/manage/")), locs.toString());
    }

    @Test
    void theFeedIsValidAtom() throws Exception {
        String slug = publish(article(slug("feed"), "Feed & friends", "Some **bold** text.", tag()));
        byte[] xml = given().when().get("/blog/feed.xml").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asByteArray();
        validate(xml, "/schema/atom.xsd");
        Document doc = parse(xml);
        String atom = "http://www.w3.org/2005/Atom";
        Element feed = doc.getDocumentElement();
        for (String required : new String[] {"id", "title", "updated"}) {
            assertEquals(1, children(feed, atom, required).size(), "feed needs one " + required);
        }
        NodeList entries = doc.getElementsByTagNameNS(atom, "entry");
        Element ours = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : new String[] {"id", "title", "updated"}) {
                assertEquals(1, children(entry, atom, required).size(), "entry needs one " + required);
            }
            if (children(entry, atom, "id").get(0).getTextContent().endsWith("/blog/" + slug)) {
                ours = entry;
            }
        }
        assertTrue(ours != null, "the new article is in the feed");
        assertEquals("Feed & friends", children(ours, atom, "title").get(0).getTextContent());
        assertTrue(children(ours, atom, "content").get(0).getTextContent().contains("<strong>bold</strong>"));
    }

    @Test
    void aTherapistsProfileListsTheirArticles() {
        String slug = publish(article(slug("byline"), "By this author", "Body.", tag()));
        Page profile = Page.of(given().when().get("/therapists/" + author.slug).then().statusCode(200).extract());
        assertTrue(profile.headings("h2").contains("Articles by " + author.name), profile.headings("h2")::toString);
        assertEquals("/blog/" + slug, profile.link("By this author").attr("href"));
    }

    private Map<String, Object> article(String slug, String title, String markdown, String tag) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", title);
        body.put("summary", "A short article about " + title.toLowerCase() + ".");
        body.put("body", markdown);
        body.put("author", author.slug);
        body.put("tags", List.of(tag));
        body.put("faqs", List.of(Map.of("question", "Is this a question?", "answer", "Yes.")));
        return body;
    }

    private String publish(Map<String, Object> body) {
        long id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        clock.advance(Duration.ofSeconds(1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
        return (String) body.get("slug");
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String tag() {
        return "topic-" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z0-9]", "a");
    }

    static void validate(byte[] xml, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(BlogPagesTest.class.getResource(schema)).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> texts(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
