package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.availability.OverrideKind;
import app.hearth.mail.OutboxRelay;
import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.OutboxProbe;
import app.hearth.mail.OutboxMessage;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The therapist's agenda and booking pages, as a signed-in therapist uses them and as others are refused. */
@QuarkusTest
class WorkspacePagesTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    /** Tuesday 1 December 2026, 10:00 in Toronto; the test clock stands at Monday 30 November, 07:00 there. */
    private static final Instant TUESDAY_TEN = Instant.parse("2026-12-01T15:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    StaffAccounts accounts;
    @Inject
    MailFixtures mail;
    @Inject
    OutboxRelay relay;
    @Inject
    TestClock clock;
    @Inject
    OutboxProbe outbox;

    @Test
    void theWeekViewPlacesCallsShadesHoursMarksTimeOffAndNavigates() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        fixtures.override(therapist, LocalDate.of(2026, 12, 3), OverrideKind.UNAVAILABLE, null, null);
        String reference = book(therapist, TUESDAY_TEN, "Robin Ellis");
        StaffClient browser = signedIn(therapist);

        Page page = Page.of(browser.get("/staff").body());
        assertTrue(page.text().contains("Week of Mon 30 Nov to Sun 6 Dec 2026"), page.text());
        var call = page.document().selectFirst("[data-day=day-2026-12-01] [data-call=" + reference + "]");
        assertNotNull(call, "the call sits in Tuesday's column");
        assertTrue(call.text().contains("10:00 Robin Ellis"), call.text());
        assertTrue(call.className().contains("q9 "), "10:00 is the ninth quarter-hour row of a day shown from 08:00: " + call.className());
        assertEquals("/staff/bookings/" + reference, call.attr("href"));
        assertFalse(page.document().select("[data-day=day-2026-12-01] .open-hours").isEmpty(), "open hours shaded");
        assertFalse(page.document().select("[data-day=day-2026-12-03] [data-time-off]").isEmpty(), "time off marked");
        assertTrue(page.document().selectFirst("[data-day=day-2026-12-03] .day-note").text().contains("Time off"));
        assertTrue(page.document().select("[data-day=day-2026-12-05] .open-hours").isEmpty(), "weekends closed");
        assertNotNull(page.document().selectFirst("tr[data-reference=" + reference + "]"), "listed as upcoming");

        Page next = Page.of(browser.get(page.document().selectFirst("a[rel=next]").attr("href")).body());
        assertTrue(next.text().contains("Week of Mon 7 Dec to Sun 13 Dec 2026"), next.text());
        assertTrue(next.document().select("[data-call]").isEmpty());
        Page odd = Page.of(browser.get("/staff?week=not-a-date&show=nonsense").body());
        assertTrue(odd.text().contains("Week of Mon 30 Nov"), "an unreadable week is this week");
    }

    @Test
    void pastAndCancelledTabsAndTheEmptyStateTellTheTherapistWhatToDo() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String reference = book(therapist, TUESDAY_TEN, "Sam Lee");
        StaffClient browser = signedIn(therapist);
        assertTrue(Page.of(browser.get("/staff?show=cancelled").body()).text().contains("No cancelled calls."));
        cancel(browser, reference, "Unwell");
        Page cancelled = Page.of(browser.get("/staff?show=cancelled").body());
        assertNotNull(cancelled.document().selectFirst("tr[data-reference=" + reference + "]"));
        assertTrue(cancelled.document().selectFirst("[data-day=day-2026-12-01]").select("[data-call]").isEmpty(),
                "a cancelled call leaves the week");
        assertTrue(Page.of(browser.get("/staff?show=past").body()).text().contains("No past calls."));

        Therapist idle = fixtures.therapist("slug-idle-" + CLIENTS.incrementAndGet(), "America/Toronto",
                Fixtures.NO_LIMITS, List.of(), "09:00", "17:00");
        Page empty = Page.of(signedIn(idle).get("/staff").body());
        assertNotNull(empty.document().selectFirst("[data-empty-hours] a[href=/staff/availability]"), empty.text());
    }

    @Test
    void theDetailShowsTheClientBothZonesHistoryAndMailAndCancelsOnceAfterConfirmation() {
        Therapist therapist = fixtures.therapist("Europe/Paris", Fixtures.NO_LIMITS, "09:00", "17:00");
        String therapistMail = "t" + CLIENTS.incrementAndGet() + "@clinic.example";
        mail.contact(therapist, "Dana Roy", therapistMail);
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        String reference = book(therapist, start, "Kim Park");
        OutboxMessage newCall = outbox.byReference(reference + "/therapist/confirmed/0").get(0);
        assertTrue(newCall.textBody.contains("/staff/bookings/" + reference), "the new-call mail links to the detail page");
        assertTrue(newCall.htmlBody.contains("/staff/bookings/" + reference));
        relay.drain();

        StaffClient browser = signedIn(therapist);
        Page page = Page.of(browser.get("/staff/bookings/" + reference).body());
        assertEquals("Call with Kim Park", page.h1());
        assertTrue(page.document().selectFirst("[data-therapist-time]").text().contains("10:00 Europe/Paris"));
        assertTrue(page.document().selectFirst("[data-client-time]").text().contains("04:00 America/Toronto"));
        assertTrue(page.text().contains("+1 416 555 0100"), "the sealed phone is opened");
        assertTrue(page.document().selectFirst("[data-message]").text().contains("Looking for help with anxiety."));
        assertTrue(page.document().selectFirst("[data-history]").text().contains("by client"));
        assertTrue(page.document().selectFirst("[data-mails]").text().contains("client confirmed 0 sent"),
                page.document().selectFirst("[data-mails]").text());

        ExtractableResponse<Response> asked = browser.submit("/staff/bookings/" + reference,
                "/staff/bookings/" + reference + "/cancel", Map.of("reason", "I am unwell"));
        assertEquals(200, asked.statusCode());
        assertTrue(Page.of(asked.body()).text().contains("Cancel the call with Kim Park"), "asks first");
        assertEquals("CONFIRMED", status(browser, reference), "nothing changes before the confirmation");

        cancel(browser, reference, "I am unwell");
        assertEquals(303, browser.post("/staff/bookings/" + reference + "/cancel", token(browser, "/staff"),
                Map.of("reason", "again", "confirmed", "yes")).statusCode(), "a repeated cancel is harmless");
        List<OutboxMessage> client = outbox.all(reference).stream().filter(m -> m.reference.contains("/client/")).toList();
        assertEquals(2, client.size(), "one confirmation and one cancellation, not two");
        String ics = unfold(client.get(1).calendarIcs);
        assertTrue(ics.contains("METHOD:CANCEL"), ics);
        assertTrue(ics.contains("SEQUENCE:1"), ics);
        Page after = Page.of(browser.get("/staff/bookings/" + reference).body());
        assertTrue(after.document().selectFirst("[data-status]").text().contains("Cancelled: I am unwell"));
        assertTrue(after.document().selectFirst("[data-history]").text().contains("Cancelled, by you"));
    }

    @Test
    void aMoveOffersTheEnginesFreeTimesAsksAndSendsTheClientAHigherSequence() {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String reference = book(therapist, TUESDAY_TEN, "Lee Chan");
        String other = book(therapist, TUESDAY_TEN.plus(Duration.ofMinutes(15)), "Jo Ray");
        StaffClient browser = signedIn(therapist);

        Page move = Page.of(browser.get("/staff/bookings/" + reference + "/move").body());
        List<String> offered = move.document().select("input[name=start]").eachAttr("value");
        assertFalse(offered.contains(TUESDAY_TEN.plus(Duration.ofMinutes(15)).toString()), "Jo Ray's time is taken");
        Instant target = Instant.parse("2026-12-02T16:00:00Z");
        assertTrue(offered.contains(target.toString()));

        String formToken = move.document().selectFirst("[name=formToken]").val();
        ExtractableResponse<Response> asked = browser.post("/staff/bookings/" + reference + "/move", formToken,
                Map.of("start", target.toString()));
        assertTrue(Page.of(asked.body()).text().contains("to Wednesday 2 December 2026, 11:00"), Page.of(asked.body()).text());
        assertEquals(303, browser.post("/staff/bookings/" + reference + "/move", formToken,
                Map.of("start", target.toString(), "confirmed", "yes")).statusCode());
        assertEquals(303, browser.post("/staff/bookings/" + reference + "/move", formToken,
                Map.of("start", target.toString(), "confirmed", "yes")).statusCode(), "the same move again changes nothing");
        ExtractableResponse<Response> taken = browser.post("/staff/bookings/" + reference + "/move", formToken,
                Map.of("start", TUESDAY_TEN.plus(Duration.ofMinutes(15)).toString(), "confirmed", "yes"));
        assertEquals(409, taken.statusCode());
        assertFalse(Page.of(taken.body()).errorSummary().isEmpty());
        ExtractableResponse<Response> nothing = browser.post("/staff/bookings/" + reference + "/move", formToken, Map.of());
        assertEquals(400, nothing.statusCode());

        List<OutboxMessage> client = outbox.all(reference).stream().filter(m -> m.reference.contains("/client/")
                && !m.reference.contains("reminder")).toList();
        assertEquals(2, client.size());
        String ics = unfold(client.get(1).calendarIcs);
        assertTrue(ics.contains("METHOD:REQUEST"), ics);
        assertTrue(ics.contains("SEQUENCE:1"), ics);
        assertTrue(ics.contains("DTSTART:20261202T160000Z"), ics);
        assertEquals(calendarUid(unfold(client.get(0).calendarIcs)), calendarUid(ics));
        Page detail = Page.of(browser.get("/staff/bookings/" + reference).body());
        assertTrue(detail.document().selectFirst("[data-history]").text().contains("Moved from Tuesday 1 December 2026, 10:00"
                + " to Wednesday 2 December 2026, 11:00, by you"), detail.document().selectFirst("[data-history]").text());
        assertNotNull(other);
    }

    @Test
    void anotherTherapistsBookingIsNotFoundAndFormsWithoutTokenOrSessionAreRefused() {
        Therapist mine = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        Therapist theirs = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String reference = book(theirs, TUESDAY_TEN, "Pat Doe");
        StaffClient browser = signedIn(mine);
        ExtractableResponse<Response> other = browser.get("/staff/bookings/" + reference);
        assertEquals(404, other.statusCode());
        assertFalse(other.body().asString().contains("Pat Doe"));
        assertEquals(404, browser.get("/staff/bookings/" + reference + "/move").statusCode());
        assertEquals(404, browser.post("/staff/bookings/" + reference + "/cancel", token(browser, "/staff"),
                Map.of("confirmed", "yes")).statusCode());
        assertEquals(404, browser.get("/staff/bookings/HB-NOPE-NOPE").statusCode());

        StaffClient owner = signedIn(theirs);
        assertEquals(403, owner.post("/staff/bookings/" + reference + "/cancel", null, Map.of("confirmed", "yes"))
                .statusCode());
        String formToken = token(owner, "/staff");
        clock.advance(Duration.ofMinutes(31));
        ExtractableResponse<Response> expired = owner.post("/staff/bookings/" + reference + "/cancel", formToken,
                Map.of("confirmed", "yes"));
        assertEquals(303, expired.statusCode());
        assertTrue(expired.header("Location").endsWith("/staff/sign-in"));
        assertEquals(303, StaffClient.fresh().get("/staff/bookings/" + reference).statusCode());
    }

    private String book(Therapist therapist, Instant start, String name) {
        Map<String, Object> body = BookingRequests.body(therapist.slug, start);
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) body.get("client");
        client.put("name", name);
        client.put("email", "client" + CLIENTS.incrementAndGet() + "-" + therapist.id + "@example.org");
        return BookingRequests.book(body).statusCode(201).extract().path("reference");
    }

    private StaffClient signedIn(Therapist therapist) {
        User login = accounts.login(therapist);
        StaffClient browser = StaffClient.fresh();
        assertEquals(303, browser.signIn(login.email, Tokens.PASSWORD).statusCode());
        return browser;
    }

    private static void cancel(StaffClient browser, String reference, String reason) {
        assertEquals(303, browser.post("/staff/bookings/" + reference + "/cancel", token(browser, "/staff"),
                Map.of("reason", reason, "confirmed", "yes")).statusCode());
    }

    private static String token(StaffClient browser, String page) {
        return Page.of(browser.get(page).body()).document().selectFirst("[name=formToken]").val();
    }

    private static String status(StaffClient browser, String reference) {
        String text = Page.of(browser.get("/staff/bookings/" + reference).body()).document().selectFirst("[data-status]").text();
        return text.startsWith("Confirmed") ? "CONFIRMED" : "CANCELLED";
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static String calendarUid(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
    }
}
