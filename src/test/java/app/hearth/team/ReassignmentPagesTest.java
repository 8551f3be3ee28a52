package app.hearth.team;

import app.hearth.auth.User;
import app.hearth.booking.Booking;
import app.hearth.booking.BookingStatus;
import app.hearth.mail.OutboxMessage;
import app.hearth.mail.OutboxRelay;
import app.hearth.staff.StaffClient;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.OutboxProbe;
import app.hearth.support.Page;
import app.hearth.support.SmtpProfile;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A leaving therapist's upcoming calls: the admin moves one to a colleague free at that time (the client gets an
 * updated invitation from the colleague, the colleague a new one) or cancels it (the client gets the cancellation),
 * through the outbox and a real SMTP server.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class ReassignmentPagesTest {

    private static final String TEAM = "/staff/admin/team";
    private static final Instant TUESDAY_TEN = Instant.parse("2026-12-01T15:00:00Z");

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    Fixtures fixtures;
    @Inject
    MailFixtures mail;
    @Inject
    OutboxProbe outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    TestClock clock;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    private static String book(Therapist therapist, Instant start, String clientEmail) {
        Map<String, Object> body = BookingRequests.body(therapist.slug, start);
        ((Map<String, Object>) body.get("client")).putAll(Map.of("name", "Lee Chan", "email", clientEmail));
        return BookingRequests.book(body).statusCode(201).extract().path("reference");
    }

    private Therapist therapist() {
        return fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
    }

    private static long therapistOf(String reference) {
        return QuarkusTransaction.requiringNew().call(() ->
                Booking.<Booking>find("reference", reference).firstResult().therapist.id);
    }

    private static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        while (content instanceof Multipart multi) {
            content = multi.getBodyPart(0).getContent();
        }
        return (String) content;
    }

    @Test
    void theAdminMovesALeavingTherapistsCallToAFreeColleagueOrCancelsItAndTheClientIsMailed() throws Exception {
        Therapist leaving = therapist();
        Therapist colleague = therapist();
        String colleagueName = unique("Dana Roy");
        mail.contact(colleague, colleagueName, unique("dana") + "@clinic.example");
        Therapist busy = therapist();
        book(busy, TUESDAY_TEN, unique("other") + "@example.org");
        User login = accounts.login(leaving);
        String client = unique("client") + "@example.org";
        String moved = book(leaving, TUESDAY_TEN, client);
        String cancelled = book(leaving, TUESDAY_TEN.plusSeconds(3600), client);

        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        ExtractableResponse<Response> done = admin.submit(TEAM, TEAM + "/" + login.id + "/deactivate", Map.of());
        String bookingsPage = done.header("Location");
        Page bookings = Page.of(admin.get(bookingsPage).body());
        List<String> offered = bookings.document().select("#reassign-" + moved + " option").eachAttr("value");
        assertTrue(offered.contains(String.valueOf(colleague.id)), "a free colleague is offered");
        assertFalse(offered.contains(String.valueOf(busy.id)), "a colleague booked then is not");
        assertFalse(offered.contains(String.valueOf(leaving.id)), "nor the leaving therapist");
        assertEquals("Move to (" + moved + ")", bookings.labelOf("reassign-" + moved).orElseThrow());

        // a colleague who is not free (a forged choice, or one booked since the page was shown) is refused
        String reassign = TEAM + "/" + login.id + "/bookings/" + moved + "/reassign";
        ExtractableResponse<Response> taken = admin.submit(bookingsPage, reassign,
                Map.of("therapist", String.valueOf(busy.id)));
        assertEquals(409, taken.statusCode());
        Page refused = Page.of(taken.body());
        assertTrue(refused.errorSummary().get(0).startsWith("Move to: That colleague is no longer free"));
        assertEquals("#reassign-" + moved, refused.element(".error-summary a").attr("href"));
        assertEquals(leaving.id, therapistOf(moved), "nothing moved");
        assertEquals(400, admin.submit(bookingsPage, reassign, Map.of("therapist", "nobody")).statusCode());

        ExtractableResponse<Response> ok = admin.submit(bookingsPage, reassign,
                Map.of("therapist", String.valueOf(colleague.id)));
        assertEquals(303, ok.statusCode());
        assertEquals(colleague.id, therapistOf(moved));
        Page after = Page.of(admin.get(ok.header("Location")).body());
        assertTrue(after.notice("colleague now").contains("told by email"));
        assertTrue(after.document().select("tr[data-reference=" + moved + "]").isEmpty(), "no longer theirs");

        String cancel = TEAM + "/" + login.id + "/bookings/" + cancelled + "/cancel";
        assertEquals(303, admin.submit(bookingsPage, cancel, Map.of()).statusCode());
        assertEquals(BookingStatus.CANCELLED, QuarkusTransaction.requiringNew().call(() ->
                Booking.<Booking>find("reference", cancelled).firstResult().status));

        // the invitations as queued (the relay clears a message's content once it is sent)
        List<OutboxMessage> clientRows = outbox.all(moved).stream().filter(m -> m.reference.contains("/client/")
                && !m.reference.contains("reminder")).toList();
        String confirmation = unfold(clientRows.get(0).calendarIcs);
        String reassigned = unfold(clientRows.get(clientRows.size() - 1).calendarIcs);
        assertTrue(reassigned.contains("METHOD:REQUEST"), reassigned);
        assertTrue(reassigned.contains("SEQUENCE:1"), reassigned);
        assertTrue(reassigned.contains("DTSTART:20261201T150000Z"), "the same time");
        assertTrue(reassigned.contains(colleagueName), "from the colleague");
        assertEquals(uid(confirmation), uid(reassigned), "an update of the same calendar entry");
        String cancelIcs = unfold(outbox.all(cancelled).stream().filter(m -> m.reference.contains("/client/cancelled"))
                .findFirst().orElseThrow().calendarIcs);
        assertTrue(cancelIcs.contains("METHOD:CANCEL"), cancelIcs);

        relay.drain();
        List<MimeMessage> toClient = MailFixtures.receivedBy(client);
        MimeMessage update = toClient.stream().filter(m -> subject(m).startsWith("Updated: your discovery call is now"))
                .findFirst().orElseThrow(() -> new AssertionError("no reassignment mail to the client"));
        assertTrue(subject(update).contains(colleagueName));
        assertTrue(textOf(update).contains("is now with " + colleagueName), textOf(update));
        assertTrue(toClient.stream().anyMatch(m -> subject(m).startsWith("Cancelled: discovery call")),
                "the cancelled call's client is told");
        assertTrue(MailFixtures.receivedBy(colleague.email).stream()
                .anyMatch(m -> subject(m).startsWith("New discovery call " + moved + " (from a colleague), ")),
                "the colleague gets the call");

        String adminEmail = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(admin.userId).email);
        Page audit = Page.of(admin.get("/staff/admin/audit?action=BOOKING_REASSIGNED&person=" + adminEmail).body());
        assertTrue(audit.element("[data-audit]").text().contains("booking " + moved + " to therapist " + colleague.id),
                "the move is in the audit log under the admin");
    }

    @Test
    void onlyAnAdminWithTheFormsTokenMovesACall() {
        Therapist leaving = therapist();
        Therapist colleague = therapist();
        User login = accounts.login(leaving);
        String reference = book(leaving, TUESDAY_TEN, unique("client") + "@example.org");
        String reassign = TEAM + "/" + login.id + "/bookings/" + reference + "/reassign";
        Map<String, String> choice = Map.of("therapist", String.valueOf(colleague.id));

        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        String token = Page.of(browser.get("/staff/account").body()).value("formToken");
        assertEquals(404, browser.post(reassign, token, choice).statusCode());
        assertEquals(404, browser.get(TEAM + "/" + login.id + "/bookings").statusCode());

        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        assertEquals(403, admin.post(reassign, null, choice).statusCode());
        assertEquals(403, admin.post(reassign, "1.forged", choice).statusCode());
        assertEquals(leaving.id, therapistOf(reference), "nothing moved");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }

    private static String uid(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
    }
}
