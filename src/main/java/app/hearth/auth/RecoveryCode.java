package app.hearth.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One single-use recovery code of an account, stored only as a keyed hash (shown to its owner once). */
@Entity
@Table(name = "staff_recovery_code")
class RecoveryCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    Long userId;
    @Column(name = "code_hash", nullable = false)
    String codeHash;
    @Column(name = "used_at")
    Instant usedAt;
}
