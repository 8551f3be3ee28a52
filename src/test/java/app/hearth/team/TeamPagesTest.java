package app.hearth.team;

import app.hearth.auth.User;
import app.hearth.booking.Booking;
import app.hearth.booking.BookingStatus;
import app.hearth.mail.OutboxMessage;
import app.hearth.staff.StaffClient;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.OutboxProbe;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TeamPagesTest {

    private static final String TEAM = "/staff/admin/team";

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    Fixtures fixtures;
    @Inject
    OutboxProbe outbox;
    @Inject
    TestClock clock;

    private StaffClient admin() {
        return StaffClient.admin(tokens, accounts, clock);
    }

    private static Element row(Page page, String email) {
        return page.element("tr[data-account='" + email + "']");
    }

    @Test
    void theAdminInvitesATherapistWhoGetsAProfileAndAMailedLink() {
        StaffClient admin = admin();
        ExtractableResponse<Response> team = admin.get(TEAM);
        assertEquals(200, team.statusCode());
        assertEquals("no-store", team.header("Cache-Control"));
        Page page = Page.of(team.body());
        assertEquals("Team", page.h1());
        assertNotNull(row(page, email(admin.userId)));

        String email = "sam-" + UUID.randomUUID() + "@example.org";
        String name = "Sam Léonard " + UUID.randomUUID().toString().substring(0, 6);
        ExtractableResponse<Response> sent = admin.submit(TEAM, TEAM + "/invite",
                Map.of("email", email, "name", name, "therapist", "on", "profile", ""));
        assertEquals(303, sent.statusCode());
        Page after = Page.of(admin.get(sent.header("Location")).body());
        assertTrue(after.notice("invitation").contains("on its way"));
        assertEquals("Invited", row(after, email).selectFirst("[data-status]").text());
        assertTrue(row(after, email).text().contains("Therapist"));
        assertTrue(row(after, email).text().contains("Not enrolled"));

        List<OutboxMessage> mails = outbox.to(email);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).textBody.contains("/staff/invitation/"));
        Therapist profile = QuarkusTransaction.requiringNew().call(() ->
                User.findByEmail(email).orElseThrow().therapist);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Therapist.<Therapist>findById(profile.id).slug)
                .startsWith("sam-leonard-"), "the profile's address comes from the name");
    }

    @Test
    void aRefusedInvitationKeepsWhatWasTypedAndMakesNoProfile() {
        StaffClient admin = admin();
        long profiles = QuarkusTransaction.requiringNew().call(() -> Therapist.count());
        ExtractableResponse<Response> refused = admin.submit(TEAM, TEAM + "/invite",
                Map.of("email", "not an address", "name", "Kim Park", "therapist", "on", "profile", ""));
        assertEquals(400, refused.statusCode());
        Page page = Page.of(refused.body());
        assertTrue(page.errorSummary().get(0).startsWith("Email:"), page.errorSummary().toString());
        assertEquals("Kim Park", page.value("name"));
        assertEquals(profiles, QuarkusTransaction.requiringNew().call(() -> Therapist.count()), "nothing half-written");

        String taken = email(admin.userId);
        ExtractableResponse<Response> conflict = admin.submit(TEAM, TEAM + "/invite",
                Map.of("email", taken, "name", "Kim Park", "admin", "on"));
        assertEquals(409, conflict.statusCode());
        assertTrue(Page.of(conflict.body()).errorSummary().get(0).contains("already exists"));
    }

    @Test
    void anInvitationCanBeResentAndRevoked() {
        StaffClient admin = admin();
        String email = "kai-" + UUID.randomUUID() + "@example.org";
        admin.submit(TEAM, TEAM + "/invite", Map.of("email", email, "name", "Kai", "admin", "on"));
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByEmail(email).orElseThrow().id);

        assertEquals(303, admin.submit(TEAM, TEAM + "/" + id + "/resend", Map.of()).statusCode());
        assertEquals(2, outbox.to(email).size(), "a second mail with a new link");
        assertEquals(303, admin.submit(TEAM, TEAM + "/" + id + "/revoke", Map.of()).statusCode());
        Page page = Page.of(admin.get(TEAM).body());
        assertEquals("Invitation revoked", row(page, email).selectFirst("[data-status]").text());
        assertNull(row(page, email).selectFirst("form[action$=/resend]"), "nothing left to resend");
    }

    @Test
    void theAdminRoleIsGivenAndTakenButNeverLeavesAnAccountWithoutARole() {
        StaffClient admin = admin();
        User therapist = accounts.therapistLogin();
        String action = TEAM + "/" + therapist.id + "/roles";
        assertEquals(303, admin.submit(TEAM, action, Map.of("admin", "on")).statusCode());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> User.<User>findById(therapist.id).admin));
        assertEquals(303, admin.submit(TEAM, action, Map.of()).statusCode());
        assertFalse(QuarkusTransaction.requiringNew().call(() -> User.<User>findById(therapist.id).admin));

        User otherAdmin = tokens.adminUser();
        ExtractableResponse<Response> refused = admin.submit(TEAM, TEAM + "/" + otherAdmin.id + "/roles", Map.of());
        assertEquals(400, refused.statusCode());
        assertTrue(Page.of(refused.body()).errorSummary().get(0).contains("no other role"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> User.<User>findById(otherAdmin.id).admin));
    }

    @Test
    void deactivatingATherapistEndsTheirSessionHidesThemAndListsTheirBookingsToCancel() {
        StaffClient admin = admin();
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        User login = accounts.login(therapist);
        String reference = BookingRequests.book(BookingRequests.body(therapist.slug,
                Instant.parse("2026-12-01T15:00:00Z"))).statusCode(201).extract().path("reference");
        StaffClient theirs = StaffClient.fresh();
        theirs.signIn(login.email, Tokens.PASSWORD);
        assertEquals(200, theirs.get("/staff").statusCode());

        ExtractableResponse<Response> done = admin.submit(TEAM, TEAM + "/" + login.id + "/deactivate", Map.of());
        assertEquals(303, done.statusCode());
        assertEquals(303, theirs.get("/staff").statusCode(), "their session ended");
        given().get("/api/therapists/" + therapist.slug).then().statusCode(404);
        given().queryParam("therapist", therapist.slug).queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .get("/api/slots").then().statusCode(404);

        Page bookings = Page.of(admin.get(done.header("Location")).body());
        assertTrue(bookings.h1().startsWith("Upcoming bookings of"));
        assertTrue(bookings.notice("deactivated").contains("hidden from the site"));
        assertNotNull(bookings.element("tr[data-reference=" + reference + "]"));

        String cancel = TEAM + "/" + login.id + "/bookings/" + reference + "/cancel";
        assertEquals(303, admin.submit(done.header("Location"), cancel, Map.of()).statusCode());
        assertEquals(BookingStatus.CANCELLED, QuarkusTransaction.requiringNew().call(() ->
                Booking.<Booking>find("reference", reference).firstResult().status));
        assertTrue(outbox.all(reference).stream().anyMatch(m -> m.toAddress.equals("alex@example.org")
                && m.subject.toLowerCase().contains("cancel")), "the client is told");
        assertNull(Page.of(admin.get(TEAM + "/" + login.id + "/bookings").body())
                .document().selectFirst("tr[data-reference=" + reference + "]"));

        assertEquals(303, admin.submit(TEAM, TEAM + "/" + login.id + "/reactivate", Map.of()).statusCode());
        given().get("/api/therapists/" + therapist.slug).then().statusCode(200);
        assertEquals("Active", row(Page.of(admin.get(TEAM).body()), login.email).selectFirst("[data-status]").text());
    }

    @Test
    void theAdminCannotDeactivateThemself() {
        StaffClient admin = admin();
        ExtractableResponse<Response> refused = admin.post(TEAM + "/" + admin.userId + "/deactivate",
                Page.of(admin.get(TEAM).body()).element("[name=formToken]").val(), Map.of());
        assertEquals(400, refused.statusCode());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> User.<User>findById(admin.userId).active));
    }

    @Test
    void aTherapistsPublicProfileIsEditedWithErrorsShownOnTheForm() {
        StaffClient admin = admin();
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String path = TEAM + "/profiles/" + therapist.id;
        Page form = Page.of(admin.get(path).body());
        assertEquals(therapist.slug, form.value("slug"));

        Map<String, String> fields = new java.util.HashMap<>(Map.of("name", "Dr Robin Vale", "slug", therapist.slug,
                "timezone", "America/Vancouver", "bio", "Works with grief.\nAnd with change.",
                "specialties", "Grief, Change", "languages", "English", "accepting", "on"));
        assertEquals(303, admin.submit(path, path, fields).statusCode());
        given().get("/api/therapists/" + therapist.slug).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Dr Robin Vale"))
                .body("specialties", org.hamcrest.Matchers.contains("Grief", "Change"));

        fields.put("slug", "Not A Slug");
        fields.put("timezone", "Mars/Olympus");
        ExtractableResponse<Response> refused = admin.submit(path, path, fields);
        assertEquals(400, refused.statusCode());
        List<String> summary = Page.of(refused.body()).errorSummary();
        assertEquals(2, summary.size(), summary.toString());
        assertTrue(summary.get(0).startsWith("Address name:"), summary.toString());
        assertEquals("Not A Slug", Page.of(refused.body()).value("slug"), "what was typed stays");
    }

    @Test
    void aTherapistWithoutTheAdminRoleFindsNoConsole() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        String token = Page.of(browser.get("/staff/account").body()).element("[name=formToken]").val();
        assertEquals(404, browser.get(TEAM).statusCode());
        assertEquals(404, browser.get(TEAM + "/profiles/" + therapist.id).statusCode());
        assertEquals(404, browser.post(TEAM + "/invite", token, Map.of("email", "x@example.org", "admin", "on"))
                .statusCode());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> User.findByEmail("x@example.org").isEmpty()));
        assertNull(Page.of(browser.get("/staff").body()).document().selectFirst("a[href=/staff/admin/team]"),
                "no console link for a therapist");
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
        StaffClient admin = admin();
        User therapist = accounts.therapistLogin();
        ExtractableResponse<Response> refused = admin.post(TEAM + "/" + therapist.id + "/deactivate", null, Map.of());
        assertEquals(403, refused.statusCode());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> User.<User>findById(therapist.id).active));
        assertEquals(303, StaffClient.fresh().get(TEAM).statusCode(), "signed out: to the sign-in page");
    }

    private static String email(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> User.<User>findById(userId).email);
    }
}
