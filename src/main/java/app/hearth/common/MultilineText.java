package app.hearth.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;

/**
 * Free text that may span lines (tabs and line breaks allowed) but carries no other control characters. One
 * character class, not an alternation, so long texts cannot overflow the regex engine's stack.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[\\P{Cc}\\t\\r\\n]*")
@Retention(RetentionPolicy.RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
public @interface MultilineText {
    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
