package id.sinergi.system;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * An address letters can actually be mailed to: a bare {@code local@domain.tld} (no display name, no
 * comments) that Jakarta Mail parses strictly, with an ASCII dot-atom local part (no quoted strings) and a
 * domain of at least two labels. Hibernate's {@code @Email} accepts {@code a@b} and {@code "x y"@z}, which
 * mail servers commonly refuse. At most 254 characters. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MailAddress.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MailAddress {

    String message() default "must be an email address like name@example.co.id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MailAddress, String> {

        private static final Pattern DOT_ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
        private static final Pattern DOMAIN = Pattern.compile(
                "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.length() > 254) {
                return false;
            }
            int at = value.lastIndexOf('@');
            if (at < 1 || at > 64 || !DOT_ATOM.matcher(value.substring(0, at)).matches()
                    || !DOMAIN.matcher(value.substring(at + 1)).matches()) {
                return false;
            }
            try {
                InternetAddress parsed = new InternetAddress(value, true);
                return value.equals(parsed.getAddress()) && parsed.getPersonal() == null;
            } catch (AddressException e) {
                return false;
            }
        }
    }
}
