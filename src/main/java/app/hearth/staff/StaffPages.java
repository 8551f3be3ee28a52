package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import app.hearth.common.HearthConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Builds the layout data of staff pages. */
@ApplicationScoped
public class StaffPages {

    @Inject
    HearthConfig config;
    @Inject
    StaffGate gate;

    StaffPage anonymous(String title, String formToken) {
        return new StaffPage(title, config.practiceName(), null, formToken, null, List.of(), 0, false);
    }

    public StaffPage signedIn(String title, StaffSessions.Current session) {
        User user = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(session.userId()));
        return new StaffPage(title, config.practiceName(), user.email, gate.formToken(session), null, List.of(),
                config.staff().idleTimeout().toSeconds(), user.admin);
    }
}
