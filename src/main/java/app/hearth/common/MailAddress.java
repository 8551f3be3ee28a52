package app.hearth.common;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;

/**
 * A deliverable bare mail address, parsed strictly by Jakarta Mail: no display name, no CR/LF, a dotted
 * domain. Stricter than @Email because the address ends up in SMTP envelopes and calendar ATTENDEE lines.
 */
@Documented
@Constraint(validatedBy = MailAddress.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
public @interface MailAddress {
    String message() default "must be a valid email address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MailAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String value) {
            if (value.length() > 254 || !value.chars().allMatch(c -> c > 32 && c < 127)) {
                return false;
            }
            try {
                InternetAddress parsed = new InternetAddress(value, true);
                parsed.validate();
                String address = parsed.getAddress();
                int at = address.lastIndexOf('@');
                return address.equals(value) && parsed.getPersonal() == null && at > 0
                        && address.indexOf('.', at) > at + 1 && !address.endsWith(".");
            } catch (AddressException e) {
                return false;
            }
        }
    }
}
