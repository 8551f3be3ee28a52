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
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;

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
        String name = fileName(message.getMessageID());
        Path file = folder.resolve(name);
        Path partial = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("No SMTP host configured: mail \"%s\" (%s) written to %s", message.getSubject(), reference, file);
    }

    /** Deletes the file of one message (erased with its client); true when there was one. */
    boolean delete(String messageId) {
        try {
            return Files.deleteIfExists(directory().resolve(fileName(messageId)));
        } catch (IOException e) {
            LOG.warnf("a dropped mail file could not be deleted: %s", e.getMessage());
            return false;
        }
    }

    /** Deletes every dropped file (and abandoned partial one) last written before the cutoff; returns how many. */
    int deleteOlderThan(Instant cutoff) {
        Path folder = directory();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if ((name.endsWith(".eml") || name.endsWith(".eml.part")) && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.warnf("old dropped mail files could not all be deleted: %s", e.getMessage());
        }
        return deleted;
    }

    /** The Message-ID fixes the file name, so a message's file can be found again to overwrite or delete it. */
    private static String fileName(String messageId) {
        return messageId.replaceAll("[^A-Za-z0-9.-]", "_") + ".eml";
    }

    Path directory() {
        return config.dataDir().resolve("mail");
    }
}
