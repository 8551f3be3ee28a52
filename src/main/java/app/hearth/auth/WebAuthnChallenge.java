package app.hearth.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An issued WebAuthn challenge, stored hashed in the database so any instance accepts the answer; used once. */
@Entity
@Table(name = "webauthn_challenge")
class WebAuthnChallenge extends PanacheEntityBase {

    /** What the ceremony is for; an answer is accepted only for the purpose its challenge was issued for. */
    enum Purpose { REGISTER, SIGN_IN, SECOND_FACTOR, REAUTH }

    @Id
    @Column(name = "challenge_hash")
    String challengeHash;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Purpose purpose;
    @Column(name = "user_id")
    Long userId;
    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;
}
