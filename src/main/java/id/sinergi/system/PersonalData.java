package id.sinergi.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shortens personal data before it goes to a log: enough to trace, not enough to reuse. */
public final class PersonalData {

    private PersonalData() {
    }

    /** {@code hrd@majujaya.example} becomes {@code h***@majujaya.example}. */
    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /**
     * Masks every e-mail address inside a text, such as a mail server's "550 <hrd@majujaya.example>
     * rejected".
     */
    public static String maskEmailsIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = EMAIL_IN_TEXT.matcher(text);
        var masked = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(masked, Matcher.quoteReplacement(maskEmail(m.group())));
        }
        return m.appendTail(masked).toString();
    }

    /**
     * A copy of an exception chain with every e-mail address in its messages masked and the stack frames
     * kept. What a job stores as its stack trace (and Cockpit shows) is built from this, never from the raw
     * mail exception, whose messages name the recipient.
     */
    public static RuntimeException scrubbed(Throwable failure) {
        var copy = new ScrubbedException(failure.getClass().getName() + ": " + maskEmailsIn(failure.getMessage()),
                failure.getCause() == null || failure.getCause() == failure ? null : scrubbed(failure.getCause()));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[^\\s<>\"'(),;:@]+@[A-Za-z0-9.-]+");

    /** Stands in for an exception whose message carried personal data. */
    static final class ScrubbedException extends RuntimeException {
        ScrubbedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Keeps the last four characters of an identifier such as an NPWP or NIK. */
    public static String maskId(String id) {
        if (id == null || id.length() <= 4) {
            return "****";
        }
        return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }

    /** Legal forms kept as written when a name is masked: they say what kind of employer, not which. */
    private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("PT", "PT.", "CV", "CV.", "UD", "UD.", "TBK", "TBK.",
            "PERSERO", "(PERSERO)", "KOPERASI", "YAYASAN", "FIRMA", "PD", "PD.", "PERUM", "PERUMDA");

    /**
     * A name for a public page: legal forms kept, every other word cut to its first letter
     * ({@code PT Maju Jaya Tbk.} becomes {@code PT M*** J*** Tbk.}), enough to recognise one's own letter.
     */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "***";
        }
        var words = new java.util.ArrayList<String>();
        for (String word : name.trim().split("\\s+")) {
            words.add(LEGAL_FORMS.contains(word.toUpperCase(java.util.Locale.ROOT)) ? word : word.charAt(0) + "***");
        }
        return String.join(" ", words);
    }
}
