package app.hearth.intake;

import app.hearth.booking.Booking;
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

/**
 * A completed intake. The answers and screening scores live only in the sealed column; what stays in clear is
 * what routing needs: the form version, the linked booking, the urgency flag and the time.
 */
@Entity
@Table(name = "intake_submission")
public class IntakeSubmission extends SealedAnswers {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String reference;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false)
    public IntakeForm form;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id")
    public Booking booking;
    @Column(name = "client_index")
    public String clientIndex;
    @Column(nullable = false)
    public boolean urgent;
    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Override
    public String cipherContext() {
        return "intake_submission:" + reference;
    }


    public static Optional<IntakeSubmission> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
