package app.hearth.mail;

import app.hearth.support.OutboxProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without an SMTP host, mail lands as .eml files under the data directory, once per message. */
@QuarkusTest
class MailDropTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxProbe probe;
    @Inject
    MailDrop drop;

    @Test
    void eachMessageIsWrittenOnceAsAnEmlFileAnyMailReaderOpens() throws Exception {
        String reference = "drop-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new OutgoingMail("zoe@example.org",
                "Zoë Brontë-Ngô", "Ihr Termin · 陈思", "Text", "<p>Text</p>", null, reference)));
        relay.drain();
        relay.drain();

        OutboxMessage row = probe.one(reference);
        assertEquals(OutboxState.SENT, row.state);
        Path folder = drop.directory();
        assertTrue(folder.endsWith(Path.of("test-data", "mail")), folder.toString());
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().contains(
                    row.messageId.replaceAll("[^A-Za-z0-9.-]", "_"))).toList();
        }
        assertEquals(1, files.size());
        assertTrue(files.get(0).toString().endsWith(".eml"));
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
            assertEquals("Ihr Termin · 陈思", parsed.getSubject());
            assertEquals(row.messageId, parsed.getMessageID());
            assertTrue(parsed.isMimeType("multipart/alternative"));
        }
    }

    @Test
    void readinessReportsTheDropAndTheOutbox() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'mail' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'mail' }.data.transport", equalTo("file-drop"))
                .body("checks.find { it.name == 'mail' }.data.dead", notNullValue());
    }
}
