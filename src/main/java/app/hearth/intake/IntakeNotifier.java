package app.hearth.intake;

import app.hearth.auth.User;
import app.hearth.common.HearthConfig;
import app.hearth.mail.Outbox;
import app.hearth.mail.OutgoingMail;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Tells the linked therapist (or, for an unlinked submission or a therapist without an address, the admins) that
 * an intake arrived, in the same transaction. The mail names the reference only: no answers, no client's name,
 * nothing a lock screen or a mail provider should see.
 */
@ApplicationScoped
class IntakeNotifier {

    private static final Logger LOG = Logger.getLogger(IntakeNotifier.class);

    @Inject
    Outbox outbox;
    @Inject
    HearthConfig config;

    void submitted(@Observes IntakeSubmitted event) {
        Therapist therapist = event.therapistId() == null ? null : Therapist.findById(event.therapistId());
        // therapists read it in their workspace; the practice console has no intake reader yet, so admins use the API
        String where = therapist != null ? "/staff/intakes/" : "/api/admin/intakes/";
        // the same neutral subject and opening line either way: lock screens preview both to whoever is near the phone
        String subject = "New intake " + event.reference();
        String body = "A new intake form was submitted to " + config.practiceName() + ".\n\n"
                + "Reference: " + event.reference() + "\n"
                + (event.bookingReference() == null ? "" : "Booking: " + event.bookingReference() + "\n")
                + (event.urgent() ? "\nIts answers ask for a prompt review.\n" : "")
                + "\nSign in to Hearth to read it: " + config.publicUrl(where + event.reference()) + "\n\n"
                + "For the client's privacy this message does not contain any of their answers.\n";
        if (therapist != null && therapist.email != null && !therapist.email.isBlank()) {
            outbox.enqueue(new OutgoingMail(therapist.email, therapist.name, subject, body, null, null,
                    event.reference() + "/intake", event.clientEmail()));
            return;
        }
        List<User> admins = User.list("admin = true and active = true order by id");
        if (admins.isEmpty()) {
            LOG.warnf("intake %s arrived but there is no therapist address or admin to tell", event.reference());
        }
        for (User admin : admins) {
            outbox.enqueue(new OutgoingMail(admin.email, null, subject, body, null, null,
                    event.reference() + "/intake/admin-" + admin.id, event.clientEmail()));
        }
    }
}
