package id.sinergi.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text as people write it: any Unicode letters, marks, symbols and emoji, counted in characters (code
 * points, as the database counts them; an emoji is one, not two UTF-16 units), but no control or
 * invisible format characters and no unpaired surrogate halves. Names and references end up in letters,
 * mail headers and audit lines, where a CR, LF or NUL would forge or break content. Free text
 * ({@code multiline = true}) may contain line breaks (LF or CR LF) and nothing else of that kind.
 * ZERO WIDTH JOINER and NON-JOINER are allowed: emoji sequences and several scripts need them.
 * {@code null} is valid; combine with {@code @NotBlank} or {@code @NotNull} where required.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** Most characters (code points) allowed. */
    int max();

    /** Whether line breaks are allowed (free-text notes and descriptions, never names). */
    boolean multiline() default false;

    String message() default "must be plain text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private int max;
        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            this.max = annotation.max();
            this.multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        private String problem(String value) {
            int count = 0;
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                if (Character.isSurrogate((char) c) && Character.charCount(c) == 1) {
                    return "must not contain unpaired surrogate characters";
                }
                boolean lineBreak = c == '\n' || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n');
                if (!(multiline && lineBreak) && forbidden(c)) {
                    return multiline ? "must not contain control characters other than line breaks"
                            : "must not contain control characters or line breaks";
                }
                count++;
                i += Character.charCount(c);
            }
            return count > max ? "must be at most " + max + " characters" : null;
        }

        private static boolean forbidden(int c) {
            int type = Character.getType(c);
            boolean format = type == Character.FORMAT && c != 0x200C && c != 0x200D;
            return type == Character.CONTROL || format || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
        }
    }
}
