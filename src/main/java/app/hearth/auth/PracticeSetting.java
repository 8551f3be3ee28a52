package app.hearth.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One practice-wide setting an admin changes at run time (as opposed to HEARTH_* deployment settings). */
@Entity
@Table(name = "practice_setting")
class PracticeSetting extends PanacheEntityBase {

    @Id
    String name;
    @Column(name = "setting_value", nullable = false)
    String value;
}
