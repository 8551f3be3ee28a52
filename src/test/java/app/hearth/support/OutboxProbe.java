package app.hearth.support;

import app.hearth.common.HearthConfig;
import app.hearth.mail.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads outbox rows the way an operator would look at them, in a transaction of its own. */
@ApplicationScoped
public class OutboxProbe {

    @Inject
    HearthConfig config;

    @Transactional
    public List<OutboxMessage> byReference(String reference) {
        return OutboxMessage.list("reference = ?1 order by id", reference);
    }

    /** Every row queued for a booking: references start with the booking's own. */
    @Transactional
    public List<OutboxMessage> all(String bookingReference) {
        return OutboxMessage.list("reference like ?1 order by id", bookingReference + "/%");
    }

    @Transactional
    public List<OutboxMessage> to(String address) {
        return OutboxMessage.list("toAddress = ?1 order by id", address);
    }

    @Transactional
    public OutboxMessage one(String reference) {
        List<OutboxMessage> rows = byReference(reference);
        if (rows.size() != 1) {
            throw new AssertionError("expected one outbox row for " + reference + " but found " + rows.size());
        }
        return rows.get(0);
    }

    /** The .eml file the mail drop wrote for a message, found by the unique part of its Message-ID. */
    public Optional<Path> droppedFile(String messageId) throws IOException {
        String unique = messageId.substring(1, messageId.indexOf('.'));
        Path folder = config.dataDir().resolve("mail");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(unique)
                    && f.getFileName().toString().endsWith(".eml")).findFirst();
        }
    }

    /** Dates a message's dropped file as written at this instant, so a test's clock decides how old it is. */
    public Path dateDroppedFile(String messageId, Instant writtenAt) throws IOException {
        Path file = droppedFile(messageId).orElseThrow(() -> new AssertionError("no dropped file for " + messageId));
        return Files.setLastModifiedTime(file, FileTime.from(writtenAt));
    }
}
