package app.hearth.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A registered passkey: its credential id and public key (webauthn4j's attested credential data), base64url. */
@Entity
@Table(name = "staff_passkey")
class Passkey extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    Long userId;
    @Column(name = "credential_id", nullable = false)
    String credentialId;
    @Column(name = "credential_data", nullable = false)
    String credentialData;
    @Column(name = "sign_count", nullable = false)
    long signCount;
    @Column(nullable = false)
    String name;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "last_used_at")
    Instant lastUsedAt;
}
