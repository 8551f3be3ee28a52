package app.hearth.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A single-use link mailed to a person (invitation or password reset), stored only as the SHA-256 of its token. */
@Entity
@Table(name = "staff_link")
class StaffLink extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "user_id", nullable = false)
    Long userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    LinkPurpose purpose;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;
    @Column(name = "used_at")
    Instant usedAt;
    /** For an email change: the address the link was mailed to, which becomes the account's when it is used. */
    @Column(name = "new_email")
    String newEmail;
}
