package app.hearth.intake;

import app.hearth.booking.Booking;
import app.hearth.seal.Binding;
import app.hearth.seal.Sealer;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A completed intake. The answers and screening scores live only in the sealed column; what stays in clear is
 * what routing needs: the form version, the linked booking, the urgency flag and the time.
 */
@Entity
@Table(name = "intake_submission")
public class IntakeSubmission extends SealedAnswers {

    private static final String CLIENT_INDEX = "client-index";

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
    public Binding binding() {
        return Binding.of("intake_submission", reference);
    }

    /** The keyed fingerprint of a client's address stored with an intake (case and surrounding space ignored). */
    public static String clientIndex(Sealer sealer, String email) {
        return sealer.blindIndex(CLIENT_INDEX, email.strip().toLowerCase(Locale.ROOT));
    }

    /** The fingerprints of an address under every configured key, to find one client's intakes during a rotation. */
    public static List<String> clientIndexes(Sealer sealer, String email) {
        return sealer.blindIndexes(CLIENT_INDEX, email.strip().toLowerCase(Locale.ROOT));
    }


    public static Optional<IntakeSubmission> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
