package app.hearth.intake;

import app.hearth.intake.Screening.Score;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The records the intake API reads and writes; entities never leave the service. */
public final class IntakeApi {

    private IntakeApi() {
    }

    /** A published form in the list. */
    public record FormSummary(String slug, int version, String title, String description) {
    }

    /** One published form's whole definition. */
    public record FormView(String slug, int version, String title, String description,
                           List<FormDefinition.Section> sections) {
    }

    /** Answers to save in a draft; a new draft may be linked to a booking through its manage token. */
    public record DraftRequest(@NotNull(message = "must be given (an empty object is fine)") @Size(max = 300) Map<String, Object> answers,
                               @Size(max = 100) String bookingToken) {
    }

    /** A saved draft; the token appears only in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftView(String draftToken, String resumeUrl, String formSlug, int formVersion,
                            Map<String, Object> answers, Instant updatedAt, Instant expiresAt) {
    }

    /** A completed form, optionally linked to a booking and replacing a draft. */
    public record SubmissionRequest(@NotNull(message = "must be given") @Size(max = 300) Map<String, Object> answers,
                                    @Size(max = 100) String bookingToken, @Size(max = 64) String draftToken) {
    }

    /** The client's receipt. Urgent answers bring crisis resources to show at once. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubmissionReceipt(String reference, boolean urgent, List<CrisisResource> crisisResources) {
    }

    /** Where to get help now. */
    public record CrisisResource(String name, String contact, String when) {
    }

    /** A submission in a therapist's or admin's list: no answers. */
    public record IntakeSummary(String reference, String formSlug, int formVersion, String formTitle,
                                Instant submittedAt, boolean urgent, String bookingReference) {
    }

    /** One submission opened for its reader: answers beside their questions, as the client saw them. */
    public record IntakeDetail(String reference, String formSlug, int formVersion, String formTitle,
                               Instant submittedAt, boolean urgent, String bookingReference, List<Score> screening,
                               List<AnsweredQuestion> answers) {
    }

    /** A question and the client's answer (text, list of choices, number or consent record). */
    public record AnsweredQuestion(String questionId, String section, String label, Object answer) {
    }
}
