package app.hearth.support;

import app.hearth.intake.DemoIntakeForms;
import app.hearth.intake.IntakeForms;
import app.hearth.intake.FormDefinition;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes intake forms under unique slugs, books calls to link intakes to, and peeks at stored rows. */
@ApplicationScoped
public class IntakeFixtures {

    @Inject
    IntakeForms catalog;
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager db;

    /** A booked call: its therapist and the manage token the client holds. */
    public record Booked(Therapist therapist, String reference, String manageToken) {
    }

    /** The demo adult intake, published under a fresh slug so no test shares it. */
    public String publishAdultIntake() {
        return publish(DemoIntakeForms.load("adult-individual-intake"));
    }

    public String publish(FormDefinition definition) {
        String slug = "intake-" + UUID.randomUUID().toString().substring(0, 8);
        catalog.publish(slug, definition, "test");
        return slug;
    }

    public Booked book() {
        return book("alex@example.org");
    }

    /** A booking by a client with this address (tests that erase a client use an address of their own). */
    @SuppressWarnings("unchecked")
    public Booked book(String clientEmail) {
        Therapist therapist = fixtures.therapist("Europe/London", Fixtures.NO_LIMITS, "09:00", "17:00");
        var body = BookingRequests.body(therapist.slug, Instant.parse("2026-12-01T15:00:00Z"));
        ((java.util.Map<String, Object>) body.get("client")).put("email", clientEmail);
        var answer = BookingRequests.book(body).statusCode(201).extract();
        return new Booked(therapist, answer.path("reference"), answer.path("manageToken"));
    }

    /** A second call with the same therapist an hour later (an intake link takes one submission per booking). */
    @SuppressWarnings("unchecked")
    public Booked bookAgain(Therapist therapist, String clientEmail) {
        var body = BookingRequests.body(therapist.slug, Instant.parse("2026-12-01T16:00:00Z"));
        ((java.util.Map<String, Object>) body.get("client")).put("email", clientEmail);
        var answer = BookingRequests.book(body).statusCode(201).extract();
        return new Booked(therapist, answer.path("reference"), answer.path("manageToken"));
    }

    /** The email of the therapist's login (the actor the audit log names). */
    @Transactional
    public String loginEmail(Therapist therapist) {
        return app.hearth.auth.User.forTherapist(therapist.id).orElseThrow().email;
    }

    /** What the database really holds in a submission's answers column. */
    @Transactional
    public String storedAnswers(String reference) {
        return (String) db.createNativeQuery("select answers from intake_submission where reference = ?1")
                .setParameter(1, reference).getSingleResult();
    }

    @Transactional
    public long rowsContaining(String table, String text) {
        return ((Number) db.createNativeQuery("select count(*) from " + table + " where answers like ?1")
                .setParameter(1, "%" + text + "%").getSingleResult()).longValue();
    }

    @Transactional
    public long count(String jpql, Object... params) {
        var query = db.createQuery(jpql, Long.class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getSingleResult();
    }

    /** Answers completing the demo adult intake; PHQ-9 item 9 as given, every other screening item 1. */
    public static Map<String, Object> adultAnswers(int phq9Item9) {
        Map<String, Object> a = new HashMap<>();
        a.put("full_name", "Robin Tremblay");
        a.put("date_of_birth", "1988-06-14");
        a.put("email", "robin.tremblay@example.org");
        a.put("phone", "+1 416 555 0142");
        a.put("contact_methods", List.of("email", "phone"));
        a.put("voicemail_ok", "no");
        a.put("emergency_name", "Jo Tremblay");
        a.put("emergency_relationship", "Sibling");
        a.put("emergency_phone", "+1 416 555 0199");
        a.put("main_concern", "Quokka-Zebra-7781 sleeplessness since the move");
        a.put("concern_duration", "months");
        a.put("daily_impact", 3);
        a.put("previous_therapy", "no");
        a.put("hospitalised", "no");
        a.put("goals", "Sleep through the night");
        a.put("session_format", "video");
        for (int i = 1; i <= 9; i++) {
            a.put("phq9_" + i, i == 9 ? phq9Item9 : 1);
        }
        for (int i = 1; i <= 7; i++) {
            a.put("gad7_" + i, 2);
        }
        a.put("consent_treatment", Map.of("agreed", true, "signature", "Robin Tremblay"));
        a.put("privacy_notice", Map.of("agreed", true, "signature", "Robin Tremblay"));
        return a;
    }
}
