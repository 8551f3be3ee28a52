package app.hearth.mail;

import app.hearth.common.HearthConfig;
import io.micrometer.core.annotation.Counted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** With no SMTP server configured, writes each message as an .eml file under HEARTH_DATA_DIR/mail. */
@ApplicationScoped
class MailDrop implements MailTransport {

    private static final Logger LOG = Logger.getLogger(MailDrop.class);
    private static final Session SESSION = Session.getInstance(new Properties());

    @Inject
    HearthConfig config;

    @Override
    public Session session() {
        return SESSION;
    }

    @Override
    @Counted(value = "hearth.mail.deliveries", description = "Delivery attempts by result (success or failure)")
    public void deliver(MimeMessage message, String reference) throws MessagingException, IOException {
        Path folder = directory();
        Files.createDirectories(folder);
        // the Message-ID is fixed per outbox row, so a retried row overwrites its own file instead of adding one
        String name = message.getMessageID().replaceAll("[^A-Za-z0-9.-]", "_") + ".eml";
        Path file = folder.resolve(name);
        Path partial = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("No SMTP host configured: mail \"%s\" (%s) written to %s", message.getSubject(), reference, file);
    }

    Path directory() {
        return config.dataDir().resolve("mail");
    }
}
