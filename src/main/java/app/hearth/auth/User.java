package app.hearth.auth;

import app.hearth.common.Roles;
import app.hearth.common.DatabaseRow;
import app.hearth.therapist.Therapist;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A sign-in account. It is in the therapist group exactly when it is linked to a therapist, and in the
 * admin group when {@link #admin} is set; the database refuses an account with neither.
 */
@Entity
@Table(name = "app_user")
public class User extends DatabaseRow {

    /** Always stored lower-case so that sign-in and uniqueness ignore case. */
    @Column(nullable = false)
    public String email;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "is_admin", nullable = false)
    public boolean admin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "therapist_id")
    public Therapist therapist;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    /** Carried by every access token; raised when the password changes, which ends every earlier token. */
    @Column(name = "token_epoch", nullable = false)
    public int tokenEpoch;
    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;
    /** The TOTP secret, sealed to this account ("keyId:payload"); null until enrolment is confirmed. */
    @Column(name = "totp_secret")
    public String totpSecret;
    @Column(name = "totp_pending_secret")
    public String totpPendingSecret;
    @Column(name = "totp_enrolled_at")
    public Instant totpEnrolledAt;
    @Column(name = "totp_last_step")
    public Long totpLastStep;

    public boolean hasTotp() {
        return totpSecret != null;
    }

    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        if (therapist != null) {
            groups.add(Roles.THERAPIST);
        }
        if (admin) {
            groups.add(Roles.ADMIN);
        }
        return groups;
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<User> findByEmail(String email) {
        return find("email", normalizeEmail(email)).firstResultOptional();
    }

    public static Optional<User> forTherapist(Long therapistId) {
        return find("therapist.id", therapistId).firstResultOptional();
    }

    static long activeAdmins() {
        return count("admin = true and active = true");
    }
}
