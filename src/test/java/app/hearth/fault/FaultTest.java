package app.hearth.fault;

import app.hearth.support.TestSmtpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What goes wrong in production, done for real to the production jar on PostgreSQL: the database going away
 * under load, SMTP down, two instances on one database, a SIGKILL mid-booking, an unwritable mail drop.
 * Run with ./mvnw verify -Pfault (HEARTH_TEST_PG_DB names the database it may break).
 */
@Tag("fault")
class FaultTest {

    @TempDir
    Path home;

    final FaultDatabase db = new FaultDatabase();
    final List<AutoCloseable> running = new ArrayList<>();
    /** Tomorrow at midnight UTC: every quarter hour after it is a free slot of the seeded therapists. */
    final Instant tomorrow = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @AfterEach
    void stopEverything() throws Exception {
        db.comeBack();
        for (AutoCloseable c : running) {
            c.close();
        }
    }

    @Test
    void databaseGoingAwayUnderLoadGives503sAndTheServiceRecoversByItself() throws Exception {
        ProductionInstance app = instance(Map.of());
        db.seedTherapists("load-a");
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> badAnswers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger slot = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(6);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            boolean booking = w % 2 == 0;
            workers.add(load.submit(() -> {
                while (!stop.get()) {
                    HttpResponse<String> answer;
                    try {
                        answer = booking
                                ? app.book("load-a", tomorrow.plus(Duration.ofMinutes(15L * slot.getAndIncrement())),
                                "load@example.org")
                                : app.get("/api/slots?therapist=load-a&timezone=UTC");
                    } catch (RuntimeException e) {
                        badAnswers.add("no answer: " + e);
                        continue;
                    }
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    if (answer.statusCode() == 503 && (!answer.headers().firstValue("Retry-After").isPresent()
                            || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"))) {
                        badAnswers.add("503 without Retry-After or problem+json: " + answer.headers().map());
                    }
                    if (answer.statusCode() >= 500 && answer.statusCode() != 503 || answer.body().contains("Exception")) {
                        badAnswers.add(answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        ProductionInstance.sleep(1500);
        db.goAway();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        boolean readinessWentDown = false;
        while (System.nanoTime() < until) {
            readinessWentDown |= app.status("/q/health/ready") == 503;
            db.terminateSessions();
            ProductionInstance.sleep(300);
        }
        assertEquals(200, app.status("/q/health/live"), "liveness does not depend on the database");
        db.comeBack();
        awaitTrue(Duration.ofSeconds(30), () -> app.status("/q/health/ready") == 200, "readiness came back");
        int beforeRecoveryCheck = statuses.getOrDefault(201, new AtomicInteger()).get();
        awaitTrue(Duration.ofSeconds(30), () -> statuses.getOrDefault(201, new AtomicInteger()).get() > beforeRecoveryCheck + 5,
                "bookings succeed again without a restart");
        stop.set(true);
        for (Future<?> f : workers) {
            f.get(60, TimeUnit.SECONDS);
        }
        load.shutdown();

        assertTrue(readinessWentDown, "readiness reported the database outage");
        assertTrue(statuses.containsKey(503), "requests during the outage failed cleanly with 503: " + statuses);
        assertTrue(badAnswers.isEmpty(), "only clean answers: " + badAnswers.stream().limit(5).toList());
        assertEquals(Set.of(200, 201, 409, 503), union(statuses.keySet(), Set.of(200, 201, 409, 503)),
                "no status other than 200, 201, 409 or 503: " + statuses);
        assertEquals(200, app.get("/api/slots?therapist=load-a&timezone=UTC").statusCode());
        assertEquals(0, db.overlappingBookings());
        assertEquals(0, db.count("select count(*) from booking b where not exists (select 1 from outbox_message m "
                + "where m.reference like b.reference || '/client/%')"), "every booking has its confirmation queued");
    }

    @Test
    void mailQueuedWhileSmtpIsDownIsAllDeliveredOnceItIsBack() throws Exception {
        int smtpPort = ProductionInstance.freePort();
        ProductionInstance app = instance(smtp(smtpPort));
        db.seedTherapists("mail-a");
        Set<String> references = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = app.book("mail-a", tomorrow.plus(Duration.ofHours(i)), "client" + i + "@example.org");
            assertEquals(201, answer.statusCode(), answer.body());
            references.add(reference(answer.body()));
        }
        awaitTrue(Duration.ofSeconds(20), () -> db.count("select count(*) from outbox_message where attempts >= 2 "
                + "and state = 'PENDING' and last_error is not null") == 5, "each mail was tried and kept for later");
        assertTrue(app.get("/q/health/ready").body().contains("\"pending\": 5"), app.get("/q/health/ready").body());

        TestSmtpServer smtp = new TestSmtpServer(smtpPort);
        smtp.start();
        running.add(smtp::stop);
        awaitTrue(Duration.ofSeconds(30), () -> smtp.getReceivedMessages().length >= 5, "the backlog is delivered");
        ProductionInstance.sleep(2000);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(5, received.length, "each mail exactly once");
        Set<String> recipients = new HashSet<>();
        for (MimeMessage m : received) {
            recipients.add(((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress());
        }
        assertEquals(Set.of("client0@example.org", "client1@example.org", "client2@example.org", "client3@example.org",
                "client4@example.org"), recipients);
        assertEquals(5, db.count("select count(*) from outbox_message where state = 'SENT'"));
        assertEquals(5, references.size());
    }

    @Test
    void twoInstancesOnOneDatabaseNeverDoubleBookAndSendEachMailOnce() throws Exception {
        int smtpPort = ProductionInstance.freePort();
        TestSmtpServer smtp = new TestSmtpServer(smtpPort);
        smtp.start();
        running.add(smtp::stop);
        ProductionInstance a = instance(smtp(smtpPort));
        ProductionInstance b = instance(smtp(smtpPort));
        db.seedTherapists("pair-a");

        List<Instant> slots = List.of(tomorrow.plus(Duration.ofHours(9)), tomorrow.plus(Duration.ofHours(10)),
                tomorrow.plus(Duration.ofHours(11)), tomorrow.plus(Duration.ofHours(12)));
        ExecutorService pool = Executors.newFixedThreadPool(24);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ProductionInstance target = i % 2 == 0 ? a : b;
            Instant start = slots.get(i % slots.size());
            String email = "pair" + i + "@example.org";
            answers.add(pool.submit(() -> {
                gate.await();
                return target.book("pair-a", start, email).statusCode();
            }));
        }
        gate.countDown();
        int created = 0;
        for (Future<Integer> f : answers) {
            int status = f.get(120, TimeUnit.SECONDS);
            assertTrue(status == 201 || status == 409, "201 or 409, got " + status);
            created += status == 201 ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(4, created, "one booking per slot across both instances");
        assertEquals(4, db.count("select count(*) from booking where status = 'CONFIRMED'"));
        assertEquals(0, db.overlappingBookings());
        awaitTrue(Duration.ofSeconds(30), () -> db.count("select count(*) from outbox_message where state <> 'SENT'") == 0,
                "both relays drained the outbox");
        ProductionInstance.sleep(3000);
        long rows = db.count("select count(*) from outbox_message");
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            ids.add(m.getMessageID());
        }
        assertEquals(rows, ids.size(), "one delivery per outbox row, though two relays ran");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no Message-ID twice");
    }

    @Test
    void aProcessKilledMidBookingLeavesNoHalfWrittenBooking() throws Exception {
        ProductionInstance first = instance(Map.of());
        db.seedTherapists("kill-a", "kill-b");
        AtomicInteger slot = new AtomicInteger();
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            String therapist = w % 2 == 0 ? "kill-a" : "kill-b";
            workers.add(pool.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> answer = first.book(therapist,
                                tomorrow.plus(Duration.ofMinutes(15L * slot.getAndIncrement())), "kill@example.org");
                        if (answer.statusCode() == 201) {
                            confirmed.add(reference(answer.body()));
                        }
                    } catch (RuntimeException connectionCut) {
                        // the process died under this request: the client never got an answer
                    }
                }
                return null;
            }));
        }
        awaitTrue(Duration.ofSeconds(30), () -> confirmed.size() >= 20, "bookings are flowing");
        first.kill();
        stop.set(true);
        for (Future<?> f : workers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        ProductionInstance second = instance(Map.of());
        for (String reference : confirmed) {
            assertEquals(1, db.count("select count(*) from booking where reference = '" + reference + "'"),
                    "an answered booking survives the kill: " + reference);
        }
        assertEquals(0, db.count("select count(*) from booking b where not exists (select 1 from outbox_message m "
                + "where m.reference like b.reference || '/client/%')"), "no booking without its confirmation mail");
        assertEquals(0, db.count("select count(*) from outbox_message m where m.reference like 'HB-%' and not exists "
                + "(select 1 from booking b where m.reference like b.reference || '/%')"), "no mail without its booking");
        assertEquals(0, db.overlappingBookings());
        HttpResponse<String> after = second.book("kill-a", tomorrow.plus(Duration.ofDays(30)), "after@example.org");
        assertEquals(201, after.statusCode(), after.body());
    }

    @Test
    void anUnwritableMailDropIsReportedNotSwallowed() throws Exception {
        // a file where the mail folder should be: no one, root included, can create the folder
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data").resolve("mail"), "not a folder");
        ProductionInstance app = instance(Map.of("HEARTH_OPS_OUTBOX_MAX_AGE", "2s"));
        db.seedTherapists("drop-a");
        HttpResponse<String> booked = app.book("drop-a", tomorrow.plus(Duration.ofHours(9)), "drop@example.org");
        assertEquals(201, booked.statusCode(), "the booking itself is not lost: " + booked.body());

        // readiness is DOWN at once (the mail check sees the drop cannot be written) and, after the first
        // attempt, carries the delivery error too
        awaitTrue(Duration.ofSeconds(20), () -> {
            HttpResponse<String> ready = app.get("/q/health/ready");
            return ready.statusCode() == 503 && ready.body().contains("\"lastError\"");
        }, "readiness reports the unwritable drop and the failed delivery");
        assertEquals(1, db.count("select count(*) from outbox_message where state = 'PENDING' and attempts >= 1 "
                + "and last_error like 'transient: I/O%'"), "the mail is kept for a retry, with its cause");
        String metrics = app.get("/q/metrics").body();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("hearth_mail_deliveries_total{") && l.contains("result=\"failure\"")
                && !l.endsWith(" 0.0")), "failed deliveries are counted");
        assertTrue(app.logText().contains("not delivered"), "the failure is logged");
        assertTrue(!app.logText().contains("drop@example.org") && !app.logText().contains("Fault Client"),
                "the log names no one");
    }

    private ProductionInstance instance(Map<String, String> env) {
        ProductionInstance instance = new ProductionInstance(db, home, env);
        running.add(instance);
        return instance.start();
    }

    private static Map<String, String> smtp(int port) {
        return Map.of("HEARTH_MAIL_SMTP_HOST", "127.0.0.1", "HEARTH_MAIL_SMTP_PORT", Integer.toString(port),
                "HEARTH_MAIL_SMTP_STARTTLS", "false", "HEARTH_MAIL_SMTP_TIMEOUT", "2s");
    }

    private static String reference(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no reference in " + json);
        }
        return m.group(1);
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void awaitTrue(Duration limit, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            ProductionInstance.sleep(200);
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}
