package app.hearth.booking;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The first answer to a create that carried an Idempotency-Key, kept 24 hours. The answer holds the manage token,
 * so it is sealed under a key derived from the server's sealing key and the Idempotency-Key, which only the caller
 * has; the key and the request are stored only as keyed fingerprints.
 */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @Column(name = "key_hash")
    public String keyHash;
    @Column(name = "request_hash", nullable = false)
    public String requestHash;
    @Column(name = "response_status", nullable = false)
    public int responseStatus;
    @Column(name = "key_id", nullable = false)
    public String keyId;
    @Column(name = "response_body", nullable = false)
    public String responseBody;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static long deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
