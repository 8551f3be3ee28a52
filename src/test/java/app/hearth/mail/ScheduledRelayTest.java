package app.hearth.mail;

import app.hearth.support.BookingRequests;
import app.hearth.support.Fixtures;
import app.hearth.support.MailFixtures;
import app.hearth.support.SmtpProfile;
import app.hearth.support.SmtpTestResource;
import app.hearth.therapist.Therapist;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The running service on its own: a booking's invitation reaches the SMTP server within seconds, no test help. */
@QuarkusTest
@TestProfile(ScheduledRelayTest.RelayRunning.class)
class ScheduledRelayTest {

    /** The SMTP profile with the scheduled relay switched on, as in production. */
    public static class RelayRunning extends SmtpProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hearth.mail.relay.interval", "1s", "hearth.mail.relay.delay", "1s");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void aBookingsInvitationArrivesWithinSeconds() throws Exception {
        Therapist therapist = fixtures.therapist("America/Toronto", Fixtures.NO_LIMITS, "09:00", "17:00");
        String email = "prompt-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Map<String, Object> body = BookingRequests.body(therapist.slug, Instant.parse("2026-12-01T15:00:00Z"));
        ((Map<String, Object>) body.get("client")).put("email", email);
        BookingRequests.book(body).statusCode(201);

        // wait on GreenMail's own signal for each arrival; ten seconds is only the ceiling
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (MailFixtures.receivedBy(email).isEmpty() && System.nanoTime() < deadline) {
            SmtpTestResource.server().waitForIncomingEmail(500, SmtpTestResource.server().getReceivedMessages().length + 1);
        }
        assertEquals(1, MailFixtures.receivedBy(email).size(), "delivered by the scheduled relay");
        assertTrue(MailFixtures.receivedBy(email).get(0).getSubject().startsWith("Confirmed: discovery call"));
    }
}
