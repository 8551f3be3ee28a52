package app.hearth.intake;

import app.hearth.booking.Booking;
import app.hearth.seal.Binding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** An unfinished form, reached only through its secret token (stored hashed); answers are sealed like submissions. */
@Entity
@Table(name = "intake_draft")
public class IntakeDraft extends SealedAnswers {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false)
    public IntakeForm form;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id")
    public Booking booking;
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
