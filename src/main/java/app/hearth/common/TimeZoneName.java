package app.hearth.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;

/** An IANA time-zone name such as America/Toronto; offsets like "+05:00" or "EST" are not zones a person lives in. */
@Documented
@Constraint(validatedBy = TimeZoneName.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
public @interface TimeZoneName {
    String message() default "must be an IANA time zone such as America/Toronto";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TimeZoneName, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String value) {
            return value.equals("UTC") || (value.contains("/") && ZoneId.getAvailableZoneIds().contains(value));
        }
    }
}
