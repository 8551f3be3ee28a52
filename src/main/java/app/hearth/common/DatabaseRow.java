package app.hearth.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A table row numbered by the database itself (an identity column, the same on PostgreSQL and H2), which is how
 * every Hearth table with a surrogate key is declared in the migrations.
 */
@MappedSuperclass
public abstract class DatabaseRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
