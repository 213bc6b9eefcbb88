package id.sinergi.system;

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

    /** Keeps the last four characters of an identifier such as an NPWP or NIK. */
    public static String maskId(String id) {
        if (id == null || id.length() <= 4) {
            return "****";
        }
        return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }
}
