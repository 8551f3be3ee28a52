package app.hearth.intake;

import app.hearth.seal.Binding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** An unfinished form, reached only through its secret token (stored hashed); answers are sealed like submissions. */
@Entity
@Table(name = "intake_draft")
public class IntakeDraft extends SealedAnswers {

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Override
    public Binding binding() {
        return Binding.of("intake_draft", tokenHash);
    }

    public static Optional<IntakeDraft> live(String tokenHash, Instant now) {
        return find("tokenHash = ?1 and expiresAt > ?2", tokenHash, now).firstResultOptional();
    }
}
