package app.hearth.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;

/**
 * Shows a question only when an earlier answer is one of the given values (for a multiple choice: when any of
 * them is ticked; for a consent: "true").
 */
public record Condition(@NotBlank String question, @NotEmpty List<String> anyOf) {
}
