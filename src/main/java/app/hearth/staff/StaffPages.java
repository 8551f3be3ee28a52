package app.hearth.staff;

import app.hearth.auth.StaffSessions;
import app.hearth.auth.User;
import app.hearth.common.HearthConfig;
import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
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

    /** The signed-in person's therapist profile; an account without one has no workspace pages (404). */
    public Therapist therapist(StaffSessions.Current session) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Therapist therapist = User.<User>findById(session.userId()).therapist;
            if (therapist == null) {
                throw new NotFoundException("This account is not linked to a therapist.");
            }
            // loaded now, so the detached profile can be read after this transaction
            org.hibernate.Hibernate.initialize(therapist);
            return (Therapist) org.hibernate.Hibernate.unproxy(therapist);
        });
    }
}
