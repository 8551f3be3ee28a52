package app.hearth.staff;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.SecondFactorPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The practice-wide settings an admin changes, read and written the same way for the settings page and
 * {@code /api/admin/settings}; each change is audited with the admin as actor. Later settings are added here and as
 * components of {@link Values}.
 */
@ApplicationScoped
public class PracticeSettings {

    @Inject
    SecondFactorPolicy secondFactor;
    @Inject
    AccountAudit audit;

    /** The settings as the API and the page show them. */
    public record Values(boolean secondFactorForAllStaff) {
    }

    public Values current() {
        return new Values(secondFactor.requiredForAllStaff());
    }

    /** Stores the values; a value that changes is written to the audit log. */
    public Values change(long adminId, Values wanted) {
        if (wanted.secondFactorForAllStaff() != secondFactor.requiredForAllStaff()) {
            secondFactor.requireForAllStaff(wanted.secondFactorForAllStaff());
            audit.record(adminId, Action.SETTING_CHANGED, "second factor for all staff: "
                    + (wanted.secondFactorForAllStaff() ? "on" : "off"));
        }
        return current();
    }
}
