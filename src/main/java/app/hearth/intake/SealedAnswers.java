package app.hearth.intake;

import app.hearth.booking.Booking;
import app.hearth.common.DatabaseRow;
import app.hearth.seal.Binding;
import app.hearth.seal.Sealed;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of answers to one form, perhaps linked to a booking, stored only sealed by the sealer, with the id of the
 * key that sealed them.
 * Each row names its own associated data, so a ciphertext copied to another row does not open.
 */
@MappedSuperclass
public abstract class SealedAnswers extends DatabaseRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false)
    public IntakeForm form;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id")
    public Booking booking;
    @Column(name = "key_id", nullable = false)
    public String keyId;
    @Column(nullable = false, length = 200000)
    public String answers;

    /** The associated data binding the sealed answers to this row. */
    public abstract Binding binding();

    public Sealed sealed() {
        return new Sealed(keyId, answers);
    }

    public void seal(Sealed sealed) {
        keyId = sealed.keyId();
        answers = sealed.payload();
    }
}
