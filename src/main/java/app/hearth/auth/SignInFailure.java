package app.hearth.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Recent failed sign-ins of one account (by a blind index of its email, known or not). */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure extends PanacheEntityBase {

    @Id
    @Column(name = "account_key")
    String accountKey;
    @Column(nullable = false)
    int failures;
    @Column(name = "last_failure_at", nullable = false)
    Instant lastFailureAt;
}
