package app.hearth.intake;

import app.hearth.seal.Binding;
import app.hearth.seal.Sealer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A completed intake. The answers and screening scores live only in the sealed column; what stays in clear is
 * what routing needs: the form version, the linked booking, the urgency flag and the time.
 */
@Entity
@Table(name = "intake_submission")
public class IntakeSubmission extends SealedAnswers {

    private static final String CLIENT_INDEX = "client-index";
    private static final String ANSWERS = "answers";
    private static final String SCREENING = "screening";

    @Column(nullable = false)
    public String reference;
    @Column(name = "client_index")
    public String clientIndex;
    @Column(nullable = false)
    public boolean urgent;
    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
    /** Which associated data sealed the answers: see {@link #binding()}. */
    @Column(name = "binding_version", nullable = false)
    public int bindingVersion = CURRENT_BINDING;

    /** Binding 2 names the form, the booking and the urgent flag; binding 1 (older rows) only the reference. */
    static final int CURRENT_BINDING = 2;

    /**
     * The answers are bound to the row's reference, form, booking and urgent flag, so a database writer who moves an
     * intake to another booking (another therapist's list) or flips its urgency makes it fail to open, loudly.
     */
    @Override
    public Binding binding() {
        if (bindingVersion < CURRENT_BINDING) {
            return Binding.of("intake_submission", reference);
        }
        return Binding.of("intake_submission", reference, "form", form.id, "booking",
                booking == null ? "none" : booking.id, "urgent", urgent);
    }

    /** The keyed fingerprint of a client's address stored with an intake (case and surrounding space ignored). */
    public static String clientIndex(Sealer sealer, String email) {
        return sealer.blindIndex(CLIENT_INDEX, email.strip().toLowerCase(Locale.ROOT));
    }

    /** The fingerprints of an address under every configured key, to find one client's intakes during a rotation. */
    public static List<String> clientIndexes(Sealer sealer, String email) {
        return sealer.blindIndexes(CLIENT_INDEX, email.strip().toLowerCase(Locale.ROOT));
    }

    /** What is sealed: the answers and the screening scores computed from them. */
    static Map<String, Object> payload(Map<String, Object> answers, List<Screening.Score> scores) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(ANSWERS, answers);
        payload.put(SCREENING, scores);
        return payload;
    }

    /** The answers in an opened payload. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> answersIn(Map<String, Object> payload) {
        return (Map<String, Object>) payload.getOrDefault(ANSWERS, Map.of());
    }

    /** The screening scores in an opened payload, as they were when the form was submitted. */
    static List<Screening.Score> scoresIn(Map<String, Object> payload) {
        List<Screening.Score> scores = new ArrayList<>();
        if (payload.get(SCREENING) instanceof List<?> stored) {
            for (Object s : stored) {
                if (s instanceof Map<?, ?> m) {
                    scores.add(new Screening.Score(Screening.Instrument.valueOf((String) m.get("instrument")),
                            ((Number) m.get("total")).intValue(), Screening.Severity.valueOf((String) m.get("severity"))));
                }
            }
        }
        return scores;
    }

    /**
     * Stores the keyed fingerprint of the client's address, so their data can be found on request: the form's
     * first email answer, else the linked booking's address.
     */
    void indexClient(Sealer sealer, Map<String, Object> answers) {
        String email = clientEmail(answers);
        clientIndex = email == null ? null : clientIndex(sealer, email);
    }

    /** The client's address: the one the form asked for, else the linked booking's, else null. */
    String clientEmail(Map<String, Object> answers) {
        for (Question q : form.definition().questions()) {
            if (q.type() == QuestionType.EMAIL && answers.get(q.id()) instanceof String given && !given.isBlank()) {
                return given;
            }
        }
        return booking == null ? null : booking.clientEmail;
    }

    public static Optional<IntakeSubmission> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
