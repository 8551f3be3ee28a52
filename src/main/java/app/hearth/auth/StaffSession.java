package app.hearth.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A staff web session, kept in the database so every instance accepts it and it can be ended from anywhere. */
@Entity
@Table(name = "staff_session")
class StaffSession extends PanacheEntityBase {

    /** SHA-256 of the cookie value; the value itself is never stored. */
    @Id
    @Column(name = "id_hash")
    String idHash;
    @Column(name = "user_id", nullable = false)
    Long userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SignInStage stage;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "last_seen_at", nullable = false)
    Instant lastSeenAt;
    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;
    /** When the person last gave a password, code or passkey in this session (re-authentication counts). */
    @Column(name = "authenticated_at", nullable = false)
    Instant authenticatedAt;
}
