package id.sinergi.enforcement;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;

/**
 * A compliance report carries the fact its kind is about: a payment its amount (more than zero, since the
 * verified reports are the payment ledger), a registration the number of workers registered. The violation
 * names the missing field, so the client's 400 says {@code amountPaid} or {@code workersRegistered}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ComplianceFacts.Validator.class)
public @interface ComplianceFacts {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Kinds that report a payment and so need {@code amountPaid}. */
    Set<ComplianceKind> PAYMENTS = EnumSet.of(ComplianceKind.ARREARS_PAID, ComplianceKind.FINE_PAID,
            ComplianceKind.INSTALMENT_PAID);

    class Validator implements ConstraintValidator<ComplianceFacts, ComplianceReport> {

        @Override
        public boolean isValid(ComplianceReport report, ConstraintValidatorContext context) {
            if (report == null || report.kind() == null) {
                return true; // @NotNull on kind says so
            }
            if (PAYMENTS.contains(report.kind()) && report.amountPaid() == null) {
                return refuse(context, "amountPaid", "is required for " + report.kind());
            }
            // A negative amount is already refused by the field's own @DecimalMin; zero is not a payment.
            if (PAYMENTS.contains(report.kind()) && report.amountPaid().signum() == 0) {
                return refuse(context, "amountPaid", "must be more than 0 for " + report.kind());
            }
            if (report.kind() == ComplianceKind.WORKERS_REGISTERED && report.workersRegistered() == null) {
                return refuse(context, "workersRegistered", "is required for " + report.kind());
            }
            return true;
        }

        private static boolean refuse(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
