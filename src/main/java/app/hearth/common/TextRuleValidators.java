package app.hearth.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The Bean Validation face of {@link TextRules}, for {@link PlainText} and {@link MultilineText}. */
final class TextRuleValidators {

    private TextRuleValidators() {
    }

    public static final class SingleLine implements ConstraintValidator<PlainText, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || TextRules.isSingleLine(value);
        }
    }

    public static final class MultiLine implements ConstraintValidator<MultilineText, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || TextRules.isMultiLine(value);
        }
    }
}
