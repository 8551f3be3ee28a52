package app.hearth.mail;

import app.hearth.support.OutboxProbe;
import app.hearth.support.SmtpProfile;
import app.hearth.support.SmtpTestResource;
import app.hearth.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The outbox against a real SMTP server: once and only once, through outages and refusals. */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxProbe probe;
    @Inject
    TestClock clock;

    @Test
    void aCommittedMessageIsDeliveredOnceWithItsOwnMessageId() throws Exception {
        String to = unique("reader") + "@example.org";
        String reference = queue(to);
        relay.drain();
        relay.drain();

        List<MimeMessage> received = receivedBy(to);
        assertEquals(1, received.size());
        OutboxMessage row = probe.one(reference);
        assertEquals(OutboxState.SENT, row.state);
        assertEquals(1, row.attempts);
        assertNotNull(row.sentAt);
        assertEquals(row.messageId, received.get(0).getMessageID());
        assertEquals("Hello Zoë Brontë-Ngô, 陈思", received.get(0).getSubject());
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        String to = unique("never") + "@example.org";
        String reference = unique("rollback");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(mail(to, reference));
            throw new IllegalStateException("the change fails after the mail was queued");
        }));
        relay.drain();
        assertTrue(probe.byReference(reference).isEmpty());
        assertTrue(receivedBy(to).isEmpty());
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        assertThrows(Exception.class, () -> outbox.enqueue(mail(unique("x") + "@example.org", unique("no-tx"))));
    }

    @Test
    void anSmtpOutageKeepsTheMessageQueuedUntilTheServerReturns() throws Exception {
        String to = unique("patient") + "@example.org";
        SmtpTestResource.down();
        String reference = queue(to);
        relay.drain();

        OutboxMessage waiting = probe.one(reference);
        assertEquals(OutboxState.PENDING, waiting.state);
        assertEquals(1, waiting.attempts);
        assertTrue(waiting.nextAttemptAt.isAfter(clock.instant()), "the retry waits for its backoff");
        assertTrue(waiting.lastError.startsWith("transient:"), waiting.lastError);
        assertFalse(waiting.lastError.contains(to));

        SmtpTestResource.up();
        relay.drain();
        assertEquals(OutboxState.PENDING, probe.one(reference).state, "not before the backoff has passed");
        clock.advance(Duration.ofHours(3));
        relay.drain();
        relay.drain();

        assertEquals(1, receivedBy(to).size());
        OutboxMessage sent = probe.one(reference);
        assertEquals(OutboxState.SENT, sent.state);
        assertEquals(2, sent.attempts);
    }

    @Test
    void aPermanentRejectionEndsDeadAtOnceWithoutNamingTheRecipient() throws Exception {
        String to = unique("gone") + "@rejected.example";
        String reference = queue(to);
        relay.drain();

        OutboxMessage dead = probe.one(reference);
        assertEquals(OutboxState.DEAD, dead.state);
        assertEquals(1, dead.attempts);
        assertTrue(dead.lastError.startsWith("permanent: SMTP 550"), dead.lastError);
        assertFalse(dead.lastError.contains(to.substring(0, to.indexOf('@'))), dead.lastError);
        clock.advance(Duration.ofDays(2));
        relay.drain();
        assertEquals(1, probe.one(reference).attempts, "a dead message is not tried again");
    }

    @Test
    void aTransientRefusalRetriesWithGrowingBackoffUntilTheLastAttempt() throws Exception {
        String to = unique("later") + "@busy.example";
        String reference = queue(to);
        Duration previousWait = Duration.ZERO;
        for (int attempt = 1; attempt <= 8; attempt++) {
            relay.drain();
            OutboxMessage row = probe.one(reference);
            assertEquals(attempt, row.attempts);
            assertTrue(row.lastError.startsWith("transient: SMTP 451"), row.lastError);
            if (attempt < 8) {
                assertEquals(OutboxState.PENDING, row.state);
                Duration wait = Duration.between(clock.instant(), row.nextAttemptAt);
                // jitter keeps each wait within [half, all] of a doubling base, so every base beats the last minimum
                assertTrue(wait.compareTo(previousWait.dividedBy(2)) > 0 || attempt == 1, "backoff grows");
                previousWait = wait;
                clock.set(row.nextAttemptAt);
            } else {
                assertEquals(OutboxState.DEAD, row.state, "dead after the last attempt");
            }
        }
    }

    @Test
    void twoRelaysDeliverEachMessageOnce() throws Exception {
        String domain = unique("pair") + ".example.org";
        int count = 30;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(mail("r" + i + "@" + domain, unique("pair")));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> drain = relay::drain;
            List<Future<Integer>> runs = pool.invokeAll(List.of(drain, drain, drain, drain));
            int delivered = 0;
            for (Future<Integer> run : runs) {
                delivered += run.get();
            }
            assertEquals(count, delivered);
        } finally {
            pool.shutdown();
        }
        MimeMessage[] all = SmtpTestResource.server().getReceivedMessagesForDomain(domain);
        assertEquals(count, all.length);
        assertEquals(count, Arrays.stream(all).map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count());
    }

    private String queue(String to) {
        String reference = unique("test");
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(mail(to, reference)));
        return reference;
    }

    private static OutgoingMail mail(String to, String reference) {
        return new OutgoingMail(to, "Zoë Brontë-Ngô", "Hello Zoë Brontë-Ngô, 陈思", "Plain words.", "<p>Plain words.</p>",
                null, reference);
    }

    private static List<MimeMessage> receivedBy(String address) throws Exception {
        String domain = address.substring(address.indexOf('@') + 1);
        return Arrays.stream(SmtpTestResource.server().getReceivedMessagesForDomain(domain)).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
