package app.hearth.mail;

import app.hearth.support.IntakeFixtures;
import app.hearth.support.OutboxProbe;
import app.hearth.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Delivered mail keeps its metadata only, and finished mail (rows and dropped files) goes after the retention. */
@QuarkusTest
class MailRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(30);

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxRetention retention;
    @Inject
    OutboxProbe probe;
    @Inject
    TestClock clock;
    @Inject
    IntakeFixtures fixtures;

    @Test
    void aDeliveredBookingMailKeepsWhoAndWhatAboutButNoContent() {
        IntakeFixtures.Booked booked = fixtures.book("keeps-" + UUID.randomUUID() + "@example.org");
        List<OutboxMessage> queued = probe.all(booked.reference());
        assertFalse(queued.isEmpty());
        assertNotNull(queued.get(0).textBody, "content is kept until delivery");
        assertNotNull(queued.get(0).calendarIcs);

        relay.drain();

        for (OutboxMessage sent : probe.all(booked.reference())) {
            assertEquals(OutboxState.SENT, sent.state);
            assertNull(sent.textBody);
            assertNull(sent.htmlBody);
            assertNull(sent.calendarIcs);
            assertNull(sent.calendarMethod);
            assertTrue(sent.subject.startsWith("Confirmed: discovery call"), sent.subject);
            assertTrue(sent.toAddress.startsWith("keeps-"), sent.toAddress);
            assertNotNull(sent.sentAt);
        }
    }

    @Test
    void aWithdrawnMailKeepsNoContentEither() {
        String reference = queue("withdrawn");
        QuarkusTransaction.requiringNew().run(() -> outbox.withdraw(reference));

        OutboxMessage row = probe.one(reference);
        assertEquals(OutboxState.WITHDRAWN, row.state);
        assertNull(row.textBody);
        assertNull(row.htmlBody);
        assertEquals("Your call", row.subject);
    }

    @Test
    void finishedMailOlderThanTheRetentionIsPurgedAndNewerOrWaitingMailStays() {
        String oldSent = queue("old-sent");
        relay.drain();
        String oldDead = queue("old-dead");
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update(
                "state = ?1 where reference = ?2", OutboxState.DEAD, oldDead));
        String oldWaiting = queue("old-waiting");

        clock.advance(RETENTION.plusDays(1));
        retention.purge();

        assertTrue(probe.byReference(oldSent).isEmpty(), "sent mail past the retention is deleted");
        assertTrue(probe.byReference(oldDead).isEmpty(), "dead mail past the retention is deleted");
        assertEquals(OutboxState.PENDING, probe.one(oldWaiting).state, "mail not yet delivered is never purged");

        String recentSent = queue("recent-sent");
        relay.drain();
        clock.advance(RETENTION.minusDays(1));
        retention.purge();

        assertEquals(OutboxState.SENT, probe.one(recentSent).state, "sent mail inside the retention stays");
        assertEquals(OutboxState.SENT, probe.one(oldWaiting).state, "its retention counts from its delivery");
    }

    @Test
    void droppedFilesOlderThanTheRetentionAreDeleted() throws Exception {
        String old = queue("old-file");
        String recent = queue("recent-file");
        relay.drain();
        String oldId = probe.one(old).messageId;
        String recentId = probe.one(recent).messageId;
        Path oldFile = probe.dateDroppedFile(oldId, clock.instant());

        clock.advance(RETENTION.plusDays(1));
        Path recentFile = probe.dateDroppedFile(recentId, clock.instant().minus(Duration.ofDays(1)));
        retention.purge();

        assertFalse(Files.exists(oldFile), "an old .eml file is deleted");
        assertTrue(Files.exists(recentFile), "a recent .eml file stays");
    }

    private String queue(String label) {
        String reference = label + "-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new OutgoingMail("robin@example.org", "Robin",
                "Your call", "Your call is on Monday.", "<p>Your call is on Monday.</p>", null, reference)));
        return reference;
    }
}
