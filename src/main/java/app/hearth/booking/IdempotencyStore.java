package app.hearth.booking;

import app.hearth.common.ConflictException;
import app.hearth.common.InvalidInputException;
import app.hearth.common.Secrets;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Idempotency-Key handling for booking creation: the same key and body within 24 hours get the first answer. */
@ApplicationScoped
public class IdempotencyStore {

    static final Duration KEEP = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** Keys are opaque to us but must be sane: printable ASCII, 1 to 200 characters. */
    public void checkKey(String key) {
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 printable ASCII characters");
        }
    }

    public String requestHash(CreateBookingRequest request) {
        try {
            return Secrets.hash(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored first answer for this key, if any; a key reused with another body is a conflict. */
    public Optional<BookingView> replay(String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IdempotencyRecord stored = IdempotencyRecord.findById(Secrets.hash(key));
            if (stored == null || stored.responseStatus == 0
                    || stored.createdAt.isBefore(clock.instant().minus(KEEP))) {
                return Optional.empty();
            }
            if (!stored.requestHash.equals(requestHash)) {
                throw new ConflictException("idempotency-key-reused",
                        "This Idempotency-Key was already used with a different request.");
            }
            return Optional.of(decrypt(key, stored));
        });
    }

    /**
     * Claims the key inside the booking's transaction, before the booking is decided, so a concurrent
     * request with the same key waits on the row and then fails instead of booking a second time.
     */
    public IdempotencyRecord claim(String key, String requestHash) {
        IdempotencyRecord expired = IdempotencyRecord.findById(Secrets.hash(key));
        if (expired != null && expired.createdAt.isBefore(clock.instant().minus(KEEP))) {
            expired.delete();
            IdempotencyRecord.flush();
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.keyHash = Secrets.hash(key);
        record.requestHash = requestHash;
        record.responseStatus = 0;
        record.responseIv = "";
        record.responseBody = "";
        record.createdAt = clock.instant();
        record.persistAndFlush();
        return record;
    }

    public void complete(IdempotencyRecord record, String key, BookingView answer) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv);
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(answer));
            record.responseStatus = 201;
            record.responseIv = Base64.getEncoder().encodeToString(iv);
            record.responseBody = Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot seal the idempotent answer", e);
        }
    }

    private BookingView decrypt(String key, IdempotencyRecord stored) {
        try {
            byte[] iv = Base64.getDecoder().decode(stored.responseIv);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, key, iv).doFinal(Base64.getDecoder().decode(stored.responseBody));
            return json.readValue(plain, BookingView.class);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot open the idempotent answer", e);
        }
    }

    private static Cipher cipher(int mode, String key, byte[] iv) throws GeneralSecurityException {
        byte[] derived = Secrets.sha256(("hearth idempotency answer\0" + key).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.deleteOlderThan(clock.instant().minus(KEEP)));
    }
}
