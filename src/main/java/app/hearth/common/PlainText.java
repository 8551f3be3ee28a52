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

/** A single line of text: no control characters, so no CR/LF can ever reach a mail header or calendar line. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^\\p{Cc}\\p{Zl}\\p{Zp}]*")
@Retention(RetentionPolicy.RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
public @interface PlainText {
    String message() default "must not contain line breaks or control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
