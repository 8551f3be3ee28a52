package app.hearth.intake;

import app.hearth.seal.Binding;
import app.hearth.seal.Sealed;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A row whose answers are stored only sealed by the sealer, with the id of the key that sealed them.
 * Each row names its own associated data, so a ciphertext copied to another row does not open.
 */
@MappedSuperclass
public abstract class SealedAnswers extends PanacheEntityBase {

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
