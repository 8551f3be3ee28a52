package app.hearth.pagecheck;

import app.hearth.support.IntakeFixtures;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page the app serves, checked: valid HTML by the W3C Nu checker and WCAG 2.2 A/AA by axe-core in Chromium at
 * desktop and mobile widths. The crawl follows links from the home page and the widget's frame, and the test reaches
 * the pages only forms lead to (booking steps, manage, intake, errors) through the app's own forms.
 * Staff pages join by signing in with a form here (the crawl keeps the session cookie, and the browser gets its own
 * by sending the same form) and adding the staff landing pages as starts.
 */
@Tag("pages")
@QuarkusTest
@TestProfile(PageCheckTest.DemoPractice.class)
class PageCheckTest {

    /**
     * The demo practice (three therapists with portraits, articles, two intake forms) on a database of its own: a
     * profile apart from DemoContentTest's, since this test adds an article and bookings to what that one counts.
     */
    public static class DemoPractice implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hearth.demo-data", "true");
        }
    }

    static final String ARTICLE = "first-session";
    /**
     * Instants as a real clock gives them, with a fraction of a second (HTML allows at most milliseconds); before
     * the test clock's start, to which every test returns, so the article is public in every test.
     */
    static final Instant PUBLISHED = TestClock.START.minusSeconds(120).plusNanos(138_651_000);
    static final Instant EDITED = TestClock.START.minusSeconds(60).plusNanos(245_118_000);

    @TestHTTPResource("/")
    URL base;
    @Inject
    TestClock clock;
    @Inject
    Tokens tokens;
    @ConfigProperty(name = "hearth.public-url")
    String publicUrl;
    @ConfigProperty(name = "hearth.practice-timezone")
    String practiceZone;

    private static boolean published;

    /** Once for the app this class starts: the article both tests look at. */
    @BeforeEach
    void publishOnce() {
        if (!published) {
            publishAnEditedArticle();
            published = true;
        }
    }

    @Test
    void everyPageIsValidHtmlAndMeetsWcag22AaAtDesktopAndMobileWidths() {
        // the practice's zone, so the booking pages need not reload themselves into the visitor's zone
        try (BrowserAudit browser = BrowserAudit.open(practiceZone)) {
            SiteCrawl crawl = new SiteCrawl(origin(), List.of(publicUrl), browser);
            crawl.get("/", 200, null);
            bookAndManage(crawl, "/book", "amara-okafor", "");
            bookAndManage(crawl, "/embed/book", "any", "?origin=" + publicUrl);
            for (String form : publishedIntakeForms()) {
                CrawledPage empty = crawl.get("/intake/" + form, 200, "empty");
                if (form.equals("adult-individual-intake")) {
                    fillIn(crawl, empty);
                }
            }
            crawl.get("/no-such-page", 404, "not found");
            signInAsStaff(crawl);
            // the therapist's links (other calls, other months) are followed while the therapist is signed in
            crawl.followEveryLink();
            signInAsAdmin(crawl);
            crawl.followEveryLink();

            List<CrawledPage> pages = crawl.pages();
            System.out.printf("Page check: %d pages; Nu HTML checker on each; axe-core (%s) %s%n", pages.size(),
                    String.join(", ", Axe.WCAG_22_AA), browser.skipped() == null
                            ? "at 1280 px and " + BrowserAudit.MOBILE_WIDTH + " px, " + browser.runs() + " runs"
                            : "skipped: " + browser.skipped());
            assertTrue(crawl.findings().isEmpty(), crawl.findings().size() + " problems on the app's pages:\n"
                    + String.join("\n", crawl.findings()));
            assertReached(pages, "/", "/therapists", "/therapists/priya-shah", "/blog", "/blog/" + ARTICLE,
                    "/blog/tags/getting-started", "/privacy", "/book", "/book/daniel-reyes", "/book/any",
                    "/embed/book/amara-okafor", "/intake/couples-intake");
            if (browser.skipped() == null) {
                assertEquals(2 * pages.size(), browser.runs(), "axe-core ran on every page at both widths");
            }
        }
    }

    @Test
    void machinesReadTheArticlesTimesToTheWholeSecond() throws Exception {
        Document page = Jsoup.parse(given().when().get("/blog/" + ARTICLE).then().statusCode(200).extract().asString());
        assertEquals(List.of("2026-11-30T11:58:00Z", "2026-11-30T11:59:00Z"), page.select("article header time").eachAttr("datetime"));
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("2026-11-30T11:58:00Z", ld.get("datePublished").asText());
        assertEquals("2026-11-30T11:59:00Z", ld.get("dateModified").asText());

        Document feed = Jsoup.parse(given().when().get("/blog/feed.xml").then().statusCode(200).extract().asString(),
                "", Parser.xmlParser());
        Element entry = feed.select("entry").stream()
                .filter(e -> e.selectFirst("id").text().endsWith("/blog/" + ARTICLE)).findFirst().orElseThrow();
        assertEquals("2026-11-30T11:58:00Z", entry.selectFirst("published").text());
        assertEquals("2026-11-30T11:59:00Z", entry.selectFirst("updated").text());
        assertTrue(feed.selectFirst("feed > updated").text().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                "the feed's own time to the whole second: " + feed.selectFirst("feed > updated").text());
    }

    /**
     * Through the flow at this address (the site's or the widget's): a therapist's times, a day, the details
     * form empty, wrong, expired and sent, the same time again, then the booking's manage page: moved, cancelled.
     */
    private static void bookAndManage(SiteCrawl crawl, String flow, String therapist, String query) {
        CrawledPage choose = crawl.get(flow + query, 200, null);
        CrawledPage times = crawl.follow(choose, "a[href^='" + flow + "/" + therapist + "']");
        CrawledPage day = crawl.follow(times, "a.day");
        CrawledPage details = crawl.submit(day, "form.slots", "button.slot", Map.of(), 200, "details");
        crawl.submit(details, "form.details", null, fields("email", "not an address"), 400, "details with errors");
        crawl.submit(details, "form.details", null, fields("formToken", "1.forged"), 403, "form expired");
        Map<String, List<String>> client = fields("name", "Robin Ellis", "email", "robin@example.org", "consent", "yes");
        CrawledPage booked = crawl.submit(details, "form.details", null, client, 200, "booked");
        client.put("requestKey", List.of("another-request-key-for-the-same-time"));
        crawl.submit(details, "form.details", null, client, 409, "time just taken");

        // the intake form the confirmation invites to, while the call stands; once it is cancelled the link says so
        CrawledPage intake = booked.document().selectFirst("[data-intake-link]") == null ? null
                : crawl.follow(booked, "[data-intake-link]");
        CrawledPage manage = crawl.follow(booked, "[data-manage-link]");
        CrawledPage newDay = crawl.follow(manage, "a.day");
        crawl.submit(newDay, "form.slots", "button.slot", Map.of(), 200, "moved");
        crawl.submit(manage, "form[action$='/cancel']", null, fields("reason", "Found a time elsewhere"), 200,
                "cancelled");
        if (intake != null) {
            crawl.get(intake.url().substring(intake.url().indexOf("/intake/")), 410, "intake of a cancelled call");
        }
    }

    /** The staff pages: sign-in refused, then signed in as a demo therapist, their agenda, account and enrolment. */
    private static void signInAsStaff(SiteCrawl crawl) {
        CrawledPage signIn = crawl.get("/staff/sign-in", 200, null);
        crawl.submit(signIn, "form.details", null, fields("email", "amara@maplegrove.example", "password",
                "not the password"), 401, "refused");
        crawl.get("/staff/forgot", 200, null);
        crawl.submit(signIn, "form.details", null, fields("email", "amara@maplegrove.example", "password",
                "demo-therapist-password"), 200, "signed in, the agenda");
        CrawledPage agenda = crawl.get("/staff", 200, null);
        crawl.follow(agenda, "a[rel=next]");
        crawl.get("/staff?show=past", 200, "past calls");
        crawl.get("/staff?show=cancelled", 200, "cancelled calls");
        crawl.get("/staff/account", 200, null);
        crawl.get("/staff/calendars", 200, null);
        crawl.get("/staff/enrol", 200, null);
        workspace(crawl, agenda);
    }

    /** The therapist's workspace: a booking's detail and move pages, availability, its month calendar, preview, intakes. */
    private static void workspace(SiteCrawl crawl, CrawledPage agenda) {
        if (agenda.document().selectFirst("a[data-call]") != null) {
            CrawledPage detail = crawl.follow(agenda, "a[data-call]");
            crawl.follow(detail, "a[href$='/move']");
        }
        CrawledPage editor = crawl.get("/staff/availability", 200, null);
        crawl.follow(editor, "a[data-date]");
        crawl.get("/staff/availability/preview", 200, null);
        crawl.get("/staff/intakes", 200, null);
    }

    /**
     * The practice console: the therapist signs out and the demo admin signs in; the team page, a refused invitation,
     * a therapist's profile form and its refusal, and (through the crawl) every console page they link to.
     */
    private static void signInAsAdmin(SiteCrawl crawl) {
        CrawledPage account = crawl.get("/staff/account", 200, null);
        CrawledPage signIn = crawl.submit(account, "form[action='/staff/sign-out']", null, Map.of(), 200, "signed out");
        crawl.submit(signIn, "form.details", null, fields("email", "admin@maplegrove.example", "password",
                "demo-admin-password"), 200, "signed in as admin");
        CrawledPage team = crawl.get("/staff/admin/team", 200, null);
        crawl.submit(team, "form[action='/staff/admin/team/invite']", null, fields("email", "not an address"), 400,
                "invitation refused");
        CrawledPage profile = crawl.follow(team, "a[href^='/staff/admin/team/profiles/']");
        crawl.submit(profile, "form.details", null, fields("slug", "Not A Slug"), 400, "profile refused");
    }

    /** The adult intake sent empty, with an expired token, saved for later (and resumed), sent, and sent urgent. */
    private static void fillIn(SiteCrawl crawl, CrawledPage empty) {
        String send = "button[value=submit]";
        crawl.submit(empty, "#intake-form", send, Map.of(), 400, "with errors");
        crawl.submit(empty, "#intake-form", send, fields("_token", "1.forged"), 403, "expired");
        CrawledPage saved = crawl.submit(empty, "#intake-form", "button[value=save]",
                fields("full_name", "Robin Tremblay"), 200, "saved for later");
        crawl.follow(saved, "#resume-link");
        crawl.submit(empty, "#intake-form", send, answers(IntakeFixtures.adultAnswers(0)), 200, "sent");
        crawl.submit(empty, "#intake-form", send, answers(IntakeFixtures.adultAnswers(3)), 200, "sent, urgent");
    }

    /**
     * An article published and then edited at instants with microseconds, as a production clock gives them: its
     * page, the blog and the home page show both as machine-readable times.
     */
    private void publishAnEditedArticle() {
        String admin = tokens.admin();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("slug", ARTICLE);
        article.put("title", "What happens in a first session");
        article.put("body", """
                Most people arrive with a **mix of hope and nerves**. Here is what to expect.

                ## Before you come

                - Fill in the [intake form](/intake/adult-individual-intake) if your therapist sent you one.
                - Think about what you would like to change.

                ## During the session

                | Part | Minutes |
                |---|---|
                | Getting to know each other | 20 |
                | What brings you here | 30 |

                > There are no wrong answers.
                """);
        article.put("author", "amara-okafor");
        article.put("tags", List.of("getting-started", "first-session"));
        article.put("heroImageUrl", "/images/therapists/amara-okafor.svg");
        article.put("heroImageAlt", "Amara Okafor");
        article.put("faqs", List.of(Map.of("question", "Do I need a referral?", "answer", "No.")));
        clock.set(PUBLISHED);
        long id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(article)
                .when().post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
        clock.set(EDITED);
        article.put("title", "What happens in a first session with us");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(article)
                .when().put("/api/admin/articles/" + id).then().statusCode(200);
    }

    private static List<String> publishedIntakeForms() {
        return given().when().get("/api/intake/forms").then().statusCode(200).extract().jsonPath().getList("slug");
    }

    private static void assertReached(List<CrawledPage> pages, String... paths) {
        Set<String> reached = pages.stream().map(p -> URI.create(p.url()).getPath()).collect(Collectors.toSet());
        for (String path : paths) {
            assertTrue(reached.contains(path), "the crawl reached " + path + "; it reached " + reached);
        }
    }

    /** Form fields from name, value pairs. */
    private static Map<String, List<String>> fields(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return fields;
    }

    /** Intake answers as the form's fields: a choice list repeats its name, a consent is agreed plus signature. */
    private static Map<String, List<String>> answers(Map<String, Object> answers) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            if (answer instanceof List<?> chosen) {
                fields.put(question, chosen.stream().map(String::valueOf).toList());
            } else if (answer instanceof Map<?, ?> consent) {
                fields.put(question + ".agreed", List.of(String.valueOf(consent.get("agreed"))));
                fields.put(question + ".signature", List.of(String.valueOf(consent.get("signature"))));
            } else {
                fields.put(question, List.of(String.valueOf(answer)));
            }
        });
        return fields;
    }

    private String origin() {
        return base.toString().replaceFirst("/$", "");
    }
}
