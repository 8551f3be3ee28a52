package app.hearth.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who needs a second factor (an authenticator app or a passkey): everyone who has one enrolled, every admin, and all staff when the practice requires it.
 * The demo logins (public passwords; dev and tests only) are spared so a developer can look around at once.
 */
@ApplicationScoped
public class SecondFactorPolicy {

    static final String ALL_STAFF = "second-factor-required-for-all-staff";

    @Inject
    Passkeys passkeys;

    /** True when the account may not do anything before enrolling a second factor. */
    public boolean mustEnrol(User user) {
        return (user.admin || requiredForAllStaff()) && !demoInDev(user) && !hasSecondFactor(user);
    }

    /** An authenticator app or at least one passkey. */
    public boolean hasSecondFactor(User user) {
        return user.hasTotp() || passkeys.any(user.id);
    }

    public boolean requiredForAllStaff() {
        return QuarkusTransaction.joiningExisting().call(() -> PracticeSetting.<PracticeSetting>findByIdOptional(ALL_STAFF)
                .map(s -> Boolean.parseBoolean(s.value)).orElse(false));
    }

    public void requireForAllStaff(boolean required) {
        QuarkusTransaction.joiningExisting().run(() -> {
            PracticeSetting setting = PracticeSetting.<PracticeSetting>findByIdOptional(ALL_STAFF).orElseGet(() -> {
                PracticeSetting created = new PracticeSetting();
                created.name = ALL_STAFF;
                return created;
            });
            setting.value = Boolean.toString(required);
            setting.persist();
        });
    }

    private static boolean demoInDev(User user) {
        // production never creates the demo logins, so outside it they are the published demo accounts
        return LaunchMode.current() != LaunchMode.NORMAL
                && (DemoLogins.ADMIN_EMAIL.equals(user.email) || DemoLogins.THERAPISTS.containsValue(user.email));
    }
}
