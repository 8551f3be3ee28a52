package app.hearth.console;

import app.hearth.auth.User;
import app.hearth.intake.IntakeSearch;
import app.hearth.staff.StaffClient;
import app.hearth.support.IntakeFixtures;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's intakes: the filtered list, the audited reader, and a client's export and erasure. */
@QuarkusTest
class IntakeAdminPagesTest {

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;
    @Inject
    IntakeFixtures intakes;
    @Inject
    IntakeSearch search;

    private String submit(String slug, String email, String bookingToken, int phq9Item9) {
        Map<String, Object> answers = IntakeFixtures.adultAnswers(phq9Item9);
        answers.put("email", email);
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        if (bookingToken != null) {
            body.put("bookingToken", bookingToken);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/intake/forms/" + slug + "/submissions")
                .then().statusCode(201).extract().path("reference");
    }

    private static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static List<String> listed(Page page) {
        return page.document().select("[data-intakes] tbody tr").eachAttr("data-intake");
    }

    @Test
    void theListFiltersByTherapistUrgencyDatesAndLinkAndTheReaderIsAudited() {
        String slug = intakes.publishAdultIntake();
        String client = email("listed");
        IntakeFixtures.Booked first = intakes.book(client);
        IntakeFixtures.Booked second = intakes.bookAgain(first.therapist(), client);
        String urgent = submit(slug, client, first.manageToken(), 2);
        String calm = submit(slug, client, second.manageToken(), 0);
        String unlinked = submit(slug, email("unlinked"), null, 0);
        long therapist = first.therapist().id;
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);

        ExtractableResponse<Response> shown = admin.get("/staff/admin/intakes?therapist=" + therapist);
        assertEquals(200, shown.statusCode());
        assertEquals("no-store", shown.header("Cache-Control"));
        Page page = Page.of(shown.body());
        assertEquals("Intakes", page.h1());
        assertEquals(List.of(calm, urgent), listed(page), "newest first");
        assertTrue(page.element("tr[data-intake='" + urgent + "']").text().contains("Urgent"));
        assertTrue(page.element("tr[data-intake='" + urgent + "']").text().contains(first.therapist().name));
        assertFalse(page.element("tr[data-intake='" + calm + "']").text().contains("Urgent"));
        assertEquals("page", page.element("a[href='/staff/admin/intakes']").attr("aria-current"), "in the console nav");
        assertFalse(page.text().contains("Quokka-Zebra"), "the list holds no answers");

        assertEquals(List.of(urgent), listed(Page.of(admin.get("/staff/admin/intakes?therapist=" + therapist
                + "&urgent=yes").body())));
        assertEquals(List.of(calm), listed(Page.of(admin.get("/staff/admin/intakes?therapist=" + therapist
                + "&urgent=no").body())));
        String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("America/Toronto")).toString();
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        assertEquals(2, listed(Page.of(admin.get("/staff/admin/intakes?therapist=" + therapist + "&from=" + today
                + "&to=" + today).body())).size());
        assertEquals(List.of(), listed(Page.of(admin.get("/staff/admin/intakes?therapist=" + therapist + "&to="
                + yesterday).body())));
        assertEquals(List.of(), listed(Page.of(admin.get("/staff/admin/intakes?therapist=" + therapist
                + "&linked=no").body())), "both of this therapist's intakes are linked");
        Page notLinked = Page.of(admin.get("/staff/admin/intakes?linked=no").body());
        assertFalse(listed(notLinked).contains(urgent));
        assertTrue(notLinked.document().select("[data-intakes] tbody tr").eachText().stream()
                .allMatch(row -> row.contains("Not linked")));
        assertTrue(listed(Page.of(admin.get("/staff/admin/intakes?linked=no&from=" + today).body()))
                .contains(unlinked));

        ExtractableResponse<Response> wrong = admin.get("/staff/admin/intakes?from=tuesday&urgent=maybe");
        assertEquals(400, wrong.statusCode());
        assertEquals(List.of("From: must be a date such as 2026-12-01", "Urgent: must be yes, no or either"),
                Page.of(wrong.body()).errorSummary());

        Page reader = Page.of(admin.get("/staff/admin/intakes/" + urgent).body());
        assertTrue(reader.element("[data-answers]").text().contains("Quokka-Zebra-7781 sleeplessness"));
        assertTrue(reader.element("[data-urgent]").text().contains("Urgent"));
        assertEquals(404, admin.get("/staff/admin/intakes/NO-SUCH-INTAKE").statusCode());
        String adminEmail = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(admin.userId).email);
        given().auth().oauth2(tokens.admin()).queryParam("reference", urgent).when().get("/api/admin/audit").then()
                .statusCode(200).body("actor", org.hamcrest.Matchers.hasItem(adminEmail))
                .body("action", org.hamcrest.Matchers.hasItem("READ"));
    }

    @Test
    void theSearchPagesNewestFirst() {
        String slug = intakes.publishAdultIntake();
        IntakeFixtures.Booked first = intakes.book(email("paged"));
        IntakeFixtures.Booked second = intakes.bookAgain(first.therapist(), email("paged"));
        String older = submit(slug, email("paged"), first.manageToken(), 0);
        clock.advance(Duration.ofMinutes(1));
        String newer = submit(slug, email("paged"), second.manageToken(), 0);
        var filter = new IntakeSearch.Filter(first.therapist().id, null, null, null, null);
        IntakeSearch.Page one = search.search(filter, 0, 1);
        IntakeSearch.Page two = search.search(filter, 1, 1);
        assertEquals(List.of(newer), one.intakes().stream().map(f -> f.intake().reference()).toList());
        assertTrue(one.more());
        assertEquals(List.of(older), two.intakes().stream().map(f -> f.intake().reference()).toList());
        assertFalse(two.more());
    }

    @Test
    void anAdminDownloadsAClientsDataAfterARecentSignIn() {
        String slug = intakes.publishAdultIntake();
        String client = email("export");
        String reference = submit(slug, client, null, 0);
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);

        Page page = Page.of(admin.get("/staff/admin/intakes/client").body());
        assertEquals("A client's data", page.h1());
        ExtractableResponse<Response> bad = admin.submit("/staff/admin/intakes/client",
                "/staff/admin/intakes/client/export", Map.of("email", "not an address"));
        assertEquals(400, bad.statusCode());
        assertTrue(Page.of(bad.body()).errorSummary().get(0).startsWith("Client's email: must be an email address"));

        ExtractableResponse<Response> file = admin.submit("/staff/admin/intakes/client",
                "/staff/admin/intakes/client/export", Map.of("email", client.toUpperCase()));
        assertEquals(200, file.statusCode());
        assertTrue(file.contentType().startsWith("application/json"));
        assertEquals("attachment; filename=\"client-data.json\"", file.header("Content-Disposition"));
        assertEquals("no-store", file.header("Cache-Control"));
        JsonPath json = file.jsonPath();
        assertEquals(List.of(reference), json.getList("intakes.reference"));
        assertEquals("Sleep through the night", json.getString("intakes[0].answers.find { it.questionId == 'goals' }.answer"));
        given().auth().oauth2(tokens.admin()).queryParam("reference", reference).when().get("/api/admin/audit").then()
                .body("action", org.hamcrest.Matchers.equalTo(List.of("EXPORT")));

        String token = page.value("formToken");
        clock.advance(Duration.ofMinutes(6));
        ExtractableResponse<Response> stale = admin.post("/staff/admin/intakes/client/export", token,
                Map.of("email", client));
        assertEquals(303, stale.statusCode());
        assertTrue(stale.header("Location").endsWith("/staff/reauthenticate?next=%2Fstaff%2Fadmin%2Fintakes%2Fclient"));
    }

    @Test
    void erasingWantsTheAddressTypedAgainAndNoUpcomingBooking() {
        String slug = intakes.publishAdultIntake();
        String client = email("erase");
        IntakeFixtures.Booked booked = intakes.book(client);
        String reference = submit(slug, client, booked.manageToken(), 0);
        String erasePage = "/staff/admin/intakes/client";
        String action = "/staff/admin/intakes/client/erase";
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);

        ExtractableResponse<Response> mistyped = admin.submit(erasePage, action,
                Map.of("email", client, "confirm", "x" + client));
        assertEquals(400, mistyped.statusCode());
        Page refused = Page.of(mistyped.body());
        assertTrue(refused.errorSummary().get(0).startsWith("Type the email again: must be the same address"));
        assertEquals("#erase-confirm", refused.element(".error-summary a").attr("href"));
        assertEquals(client, refused.element("#erase-email").val(), "what was typed stays on the form");
        assertEquals(1, intakes.count("select count(s) from IntakeSubmission s where s.reference = ?1", reference),
                "nothing erased");

        ExtractableResponse<Response> upcoming = admin.submit(erasePage, action, Map.of("email", client, "confirm", client));
        assertEquals(409, upcoming.statusCode());
        assertTrue(Page.of(upcoming.body()).errorSummary().get(0).contains(booked.reference()));
        assertEquals(1, intakes.count("select count(s) from IntakeSubmission s where s.reference = ?1", reference));

        clock.advance(Duration.ofDays(2));
        StaffClient later = StaffClient.admin(tokens, accounts, clock);
        ExtractableResponse<Response> erased = later.submit(erasePage, action,
                Map.of("email", client, "confirm", client.toUpperCase()));
        assertEquals(200, erased.statusCode());
        assertTrue(Page.of(erased.body()).notice("is erased").contains("intakesDeleted: 1"));
        assertEquals(0, intakes.count("select count(s) from IntakeSubmission s where s.reference = ?1", reference));
        given().auth().oauth2(tokens.admin()).queryParam("reference", reference).when().get("/api/admin/audit").then()
                .body("action", org.hamcrest.Matchers.hasItem("ERASE"));
    }

    @Test
    void aTherapistFindsNoneOfItAndEveryFormNeedsItsToken() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(404, browser.get("/staff/admin/intakes").statusCode());
        assertEquals(404, browser.get("/staff/admin/intakes/client").statusCode());
        String token = Page.of(browser.get("/staff/account").body()).value("formToken");
        assertEquals(404, browser.post("/staff/admin/intakes/client/export", token,
                Map.of("email", "someone@example.org")).statusCode());
        assertEquals(404, browser.post("/staff/admin/intakes/client/erase", token,
                Map.of("email", "someone@example.org", "confirm", "someone@example.org")).statusCode());

        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        assertEquals(403, admin.post("/staff/admin/intakes/client/export", null,
                Map.of("email", "someone@example.org")).statusCode());
        assertEquals(403, admin.post("/staff/admin/intakes/client/erase", "1.forged",
                Map.of("email", "someone@example.org", "confirm", "someone@example.org")).statusCode());
        assertEquals(303, StaffClient.fresh().get("/staff/admin/intakes").statusCode(),
                "a visitor is sent to sign in");
    }
}
