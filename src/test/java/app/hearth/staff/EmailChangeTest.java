package app.hearth.staff;

import app.hearth.auth.User;
import app.hearth.mail.OutboxMessage;
import app.hearth.support.OutboxProbe;
import app.hearth.support.Page;
import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import app.hearth.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changing the sign-in email: re-authenticated, confirmed from a link mailed to the new address, old address told. */
@QuarkusTest
class EmailChangeTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/staff/email/[A-Za-z0-9_-]+)");

    @Inject
    StaffAccounts accounts;
    @Inject
    OutboxProbe outbox;
    @Inject
    TestClock clock;

    private static ExtractableResponse<Response> ask(StaffClient browser, String email) {
        return browser.submit("/staff/account", "/staff/account/email", Map.of("email", email));
    }

    @Test
    void theNewAddressConfirmsTheChangeAndTheOldOneIsTold() {
        User therapist = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        String wanted = "moved-" + UUID.randomUUID() + "@example.org";
        ExtractableResponse<Response> asked = ask(browser, wanted.toUpperCase());
        assertEquals(303, asked.statusCode());
        assertTrue(asked.header("Location").endsWith("/staff/account?done=email"));

        List<OutboxMessage> confirmation = outbox.to(wanted);
        assertEquals(1, confirmation.size());
        Matcher link = LINK.matcher(confirmation.get(0).textBody);
        assertTrue(link.find());
        Page confirm = Page.of(browser.get(link.group(1)).body());
        assertEquals("Confirm your new email", confirm.h1());
        assertEquals(0, outbox.to(therapist.email).stream().filter(m -> m.textBody.contains(wanted)).count(),
                "opening the link changes nothing");
        ExtractableResponse<Response> done = browser.submit(link.group(1), link.group(1), Map.of());
        assertEquals(200, done.statusCode());
        assertEquals("Your email is changed", Page.of(done.body()).h1());
        assertTrue(outbox.to(therapist.email).stream().anyMatch(m -> m.textBody.contains(wanted)), "the old address is told");
        assertEquals(410, browser.submit(link.group(1), link.group(1), Map.of()).statusCode(), "the link works once");

        StaffClient later = StaffClient.fresh();
        assertEquals(401, later.signIn(therapist.email, Tokens.PASSWORD).statusCode());
        assertTrue(later.signIn(wanted, Tokens.PASSWORD).header("Location").endsWith("/staff"));
    }

    @Test
    void anOldSessionConfirmsItsPasswordFirstAndATakenAddressIsRefused() {
        User therapist = accounts.therapistLogin();
        User other = accounts.therapistLogin();
        StaffClient browser = StaffClient.fresh();
        browser.signIn(therapist.email, Tokens.PASSWORD);
        ExtractableResponse<Response> taken = ask(browser, other.email);
        assertEquals(400, taken.statusCode());
        assertTrue(Page.of(taken.body()).errorSummary().get(0).startsWith("New email:"));
        assertEquals(400, ask(browser, "not an address").statusCode());

        clock.advance(Duration.ofMinutes(6));
        ExtractableResponse<Response> old = ask(browser, "late-" + UUID.randomUUID() + "@example.org");
        assertEquals(303, old.statusCode());
        assertTrue(old.header("Location").contains("/staff/reauthenticate"));
    }
}
