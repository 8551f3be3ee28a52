package app.hearth.intake;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One question of a form, as data. Only the fields its type uses are set: options for choices, min/max for a
 * scale (with optional pointLabels, one per point), consentText/consentVersion for a consent, instrument/item for a screening item (PHQ9 or GAD7).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(String id, QuestionType type, String label, String help, boolean required,
                       Integer maxLength, List<Choice> options, Integer min, Integer max, String minLabel,
                       String maxLabel, Boolean pastOnly, Condition showIf, String consentText,
                       String consentVersion, String instrument, Integer item, List<String> pointLabels) {

    public static final int DEFAULT_SHORT_LENGTH = 200;
    public static final int DEFAULT_LONG_LENGTH = 4000;

    /** One choice: the value stored in answers and the label a person reads. */
    public record Choice(String value, String label) {
    }

    public int lengthLimit() {
        if (maxLength != null) {
            return maxLength;
        }
        return type == QuestionType.LONG_TEXT ? DEFAULT_LONG_LENGTH : DEFAULT_SHORT_LENGTH;
    }

    public boolean hasOption(String value) {
        return options != null && options.stream().anyMatch(o -> o.value().equals(value));
    }

    public boolean scored() {
        return instrument != null;
    }
}
