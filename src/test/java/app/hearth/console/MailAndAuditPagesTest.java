package app.hearth.console;

import app.hearth.audit.AuditLog;
import app.hearth.auth.User;
import app.hearth.mail.Outbox;
import app.hearth.mail.OutboxMessage;
import app.hearth.mail.OutboxState;
import app.hearth.mail.OutgoingMail;
import app.hearth.staff.StaffClient;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MailAndAuditPagesTest {

    @Inject
    Tokens tokens;
    @Inject
    StaffAccounts accounts;
    @Inject
    TestClock clock;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;

    private String deadMessage() {
        String reference = "console-test-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(new OutgoingMail("someone-private@example.org", "Private Person", "Subject line",
                    "A private body", null, null, reference));
            OutboxMessage.update("state = ?1, lastError = ?2, attempts = 8 where reference = ?3", OutboxState.DEAD,
                    "550 mailbox unavailable", reference);
        });
        return reference;
    }

    @Test
    void theMailPageCountsStatesShowsTheDeadWithoutAddressesAndRetriesThem() {
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        String reference = deadMessage();
        ExtractableResponse<Response> shown = admin.get("/staff/admin/mail");
        assertEquals(200, shown.statusCode());
        assertEquals("no-store", shown.header("Cache-Control"));
        Page page = Page.of(shown.body());
        assertEquals("Mail", page.h1());
        assertFalse(page.text().contains("someone-private@example.org"), "never an address");
        assertFalse(page.text().contains("A private body"), "never content");
        assertTrue(page.element("[data-last-failure]").text().contains("550 mailbox unavailable"));
        long id = QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.<OutboxMessage>find("reference", reference).firstResult().id);
        assertTrue(page.element("tr[data-message='" + id + "']").text().contains(reference));
        long dead = Long.parseLong(page.element("[data-state=dead] .count").text());
        assertTrue(dead >= 1);

        ExtractableResponse<Response> retried = admin.submit("/staff/admin/mail", "/staff/admin/mail/" + id + "/retry",
                Map.of());
        assertEquals(303, retried.statusCode());
        assertEquals(OutboxState.PENDING, QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.<OutboxMessage>findById(id).state));
        Page after = Page.of(admin.get(retried.header("Location")).body());
        assertTrue(after.notice("queued again").contains("next delivery run"));

        String token = after.value("formToken");
        ExtractableResponse<Response> again = admin.post("/staff/admin/mail/" + id + "/retry", token, Map.of());
        assertEquals(409, again.statusCode(), "only a dead message can be retried");
        assertTrue(Page.of(again.body()).errorSummary().get(0).contains("Only a dead message"));
    }

    @Test
    void theAuditLogFiltersPagesAndExportsSafeCsv() throws IOException {
        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        User actor = tokens.adminUser();
        String reference = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record(actor.id, AuditLog.Action.READ, reference, "=HYPERLINK(\"http://evil\")");
            audit.record(actor.id, AuditLog.Action.EXPORT, reference, null);
        });

        Page found = Page.of(admin.get("/staff/admin/audit?reference=" + reference).body());
        assertEquals("Audit log", found.h1());
        assertEquals(2, found.document().select("[data-audit] tbody tr").size());
        assertTrue(found.element("[data-audit]").text().contains(actor.email));
        Page oneAction = Page.of(admin.get("/staff/admin/audit?reference=" + reference + "&action=EXPORT").body());
        assertEquals(1, oneAction.document().select("[data-audit] tbody tr").size());
        Page byPerson = Page.of(admin.get("/staff/admin/audit?person=" + actor.email.substring(0, 20)
                + "&from=2026-11-30&to=2026-11-30").body());
        assertEquals(2, byPerson.document().select("[data-audit] tbody tr").size(), "the day in the practice's zone");
        Page before = Page.of(admin.get("/staff/admin/audit?person=" + actor.email + "&to=2026-11-29").body());
        assertTrue(before.document().select("[data-audit] tbody tr").isEmpty());

        ExtractableResponse<Response> wrong = admin.get("/staff/admin/audit?from=yesterday");
        assertEquals(400, wrong.statusCode());
        assertTrue(Page.of(wrong.body()).errorSummary().get(0).startsWith("From:"));

        // the export form carries the page's filter in its hidden fields, as a browser would send them
        org.jsoup.nodes.Element exportForm = found.form("/staff/admin/audit/export");
        Map<String, String> carried = new java.util.HashMap<>();
        exportForm.select("input[type=hidden]:not([name=formToken])").forEach(i -> carried.put(i.attr("name"), i.val()));
        assertEquals(reference, carried.get("reference"));
        ExtractableResponse<Response> csv = admin.post("/staff/admin/audit/export",
                exportForm.selectFirst("[name=formToken]").val(), carried);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").startsWith("attachment"));
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().asString())).getRecords();
        assertEquals(2, records.size());
        assertEquals("'=HYPERLINK(\"http://evil\")", records.get(1).get("detail"), "a formula is never a formula");
        assertEquals(reference, records.get(0).get("reference"));

        Page exported = Page.of(admin.get("/staff/admin/audit?action=EXPORT&person="
                + QuarkusTransaction.requiringNew().call(() -> User.<User>findById(admin.userId).email)).body());
        assertTrue(exported.element("[data-audit]").text().contains("audit log, 2 lines"), "the export is audited");
    }

    @Test
    void neitherPageIsThereForATherapistAndTheExportNeedsItsToken() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        assertEquals(404, browser.get("/staff/admin/mail").statusCode());
        assertEquals(404, browser.get("/staff/admin/audit").statusCode());
        String token = Page.of(browser.get("/staff/account").body()).value("formToken");
        assertEquals(404, browser.post("/staff/admin/audit/export", token, Map.of()).statusCode());

        StaffClient admin = StaffClient.admin(tokens, accounts, clock);
        assertEquals(403, admin.post("/staff/admin/audit/export", null, Map.of()).statusCode());
        assertEquals(403, admin.post("/staff/admin/mail/1/retry", "1.forged", Map.of()).statusCode());
    }
}
