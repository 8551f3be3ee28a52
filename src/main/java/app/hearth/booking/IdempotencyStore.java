package app.hearth.booking;

import app.hearth.common.ConflictException;
import app.hearth.common.InvalidInputException;
import app.hearth.seal.Binding;
import app.hearth.seal.Sealed;
import app.hearth.seal.Sealer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import app.hearth.cluster.RunsOnce;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Idempotency-Key handling for booking creation: the same key and body within 24 hours get the first answer. */
@ApplicationScoped
class IdempotencyStore {

    static final Duration KEEP = Duration.ofHours(24);
    private static final String KEY_INDEX = "idempotency-key";
    private static final String REQUEST_INDEX = "idempotency-request";

    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    Sealer sealer;

    /** Keys are opaque to us but must be sane: printable ASCII, 1 to 200 characters. */
    void checkKey(String key) {
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 printable ASCII characters");
        }
    }

    /** The request as compared between retries. */
    String canonical(CreateBookingRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committed first answer for this key, if any; a key reused with another body is a conflict. */
    Optional<BookingView> replay(String key, String request) {
        return QuarkusTransaction.requiringNew().call(() -> stored(key).flatMap(s -> answer(s, key, request)));
    }

    /**
     * Inside the booking's transaction, before the booking is decided: the first answer when one is committed,
     * else the key is claimed (empty). A concurrent request with the same key then waits on the claimed row until
     * this transaction ends: its insert fails once this one commits, and it replays the answer committed here.
     */
    Optional<BookingView> claim(String key, String request) {
        Optional<IdempotencyRecord> stored = stored(key);
        if (stored.isPresent()) {
            Optional<BookingView> first = answer(stored.get(), key, request);
            if (first.isPresent()) {
                return first;
            }
            stored.get().delete();
            IdempotencyRecord.flush();
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.keyHash = sealer.blindIndex(KEY_INDEX, key);
        record.requestHash = sealer.blindIndex(REQUEST_INDEX, request);
        record.responseStatus = 0;
        record.keyId = sealer.currentKeyId();
        record.responseBody = "";
        record.createdAt = clock.instant();
        try {
            record.persistAndFlush();
        } catch (LockTimeoutException | PessimisticLockException e) {
            throw inProgress();
        }
        return Optional.empty();
    }

    /** Seals the answer into the row this transaction claimed. */
    void complete(String key, BookingView answer) {
        IdempotencyRecord record = IdempotencyRecord.findById(sealer.blindIndex(KEY_INDEX, key));
        try {
            Sealed sealed = sealer.seal(json.writeValueAsBytes(answer), binding(record), key);
            record.keyId = sealed.keyId();
            record.responseBody = sealed.payload();
            record.responseStatus = 201;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the idempotent answer", e);
        }
    }

    /** The answer to a duplicate whose first request has not finished: send it again shortly. */
    static ConflictException inProgress() {
        return new ConflictException("idempotency-in-progress",
                "A request with this Idempotency-Key is still being processed. Try again shortly.", 1);
    }

    /** Found under the current key's fingerprint or, during a key rotation, a previous one's. */
    private Optional<IdempotencyRecord> stored(String key) {
        return IdempotencyRecord.<IdempotencyRecord>find("keyHash in ?1", sealer.blindIndexes(KEY_INDEX, key))
                .firstResultOptional();
    }

    private Optional<BookingView> answer(IdempotencyRecord stored, String key, String request) {
        if (stored.createdAt.isBefore(clock.instant().minus(KEEP))) {
            return Optional.empty();
        }
        if (!sealer.blindIndexes(REQUEST_INDEX, request).contains(stored.requestHash)) {
            throw new ConflictException("idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request.");
        }
        try {
            return Optional.of(json.readValue(sealer.open(new Sealed(stored.keyId, stored.responseBody),
                    binding(stored), key), BookingView.class));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the idempotent answer", e);
        }
    }

    private static Binding binding(IdempotencyRecord record) {
        return Binding.of("idempotency_record", record.keyHash);
    }

    @RunsOnce
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.deleteOlderThan(clock.instant().minus(KEEP)));
    }
}
