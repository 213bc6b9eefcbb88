package id.sinergi.matching;

import id.sinergi.enforcement.CaseReport;
import id.sinergi.enforcement.SizeClass;
import id.sinergi.enforcement.ViolationType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A line of a matching file as a case report, or the column at fault. Values are read as staff write
 * them in a spreadsheet: size classes in English or Indonesian, an NPWP with its dots and dash, rupiah with
 * thousands dots (arrears are whole rupiah, so a dot can only group thousands).
 */
public final class MatchingRowReport {

    /** A line that is a report, or the column and reason it is not. */
    public record Parsed(CaseReport report, String column, String reason) {
        public static Parsed invalid(String column, String reason) {
            return new Parsed(null, column, reason);
        }
    }

    /** The report's property paths as the file's columns name them. */
    public static final Map<String, String> COLUMN_OF = Map.ofEntries(
            Map.entry("employer.nib", "nib"), Map.entry("employer.npwp", "npwp"), Map.entry("employer.name", "name"),
            Map.entry("employer.address", "address"), Map.entry("employer.email", "email"),
            Map.entry("employer.sizeClass", "size_class"), Map.entry("violation.type", "violation"),
            Map.entry("violation.workersAffected", "workers"), Map.entry("violation.arrearsAmount", "arrears"),
            Map.entry("violation.monthsInArrears", "months"), Map.entry("reference", "reference"));

    private static final Map<String, SizeClass> SIZE_CLASSES = Map.of(
            "MICRO", SizeClass.MICRO, "MIKRO", SizeClass.MICRO, "SMALL", SizeClass.SMALL, "KECIL", SizeClass.SMALL,
            "MEDIUM", SizeClass.MEDIUM, "MENENGAH", SizeClass.MEDIUM, "LARGE", SizeClass.LARGE, "BESAR", SizeClass.LARGE);
    private static final Pattern WHOLE = Pattern.compile("\\d{1,13}|\\d{1,3}(\\.\\d{3}){1,4}");

    private MatchingRowReport() {
    }

    public static Parsed parse(MatchingFile.Line line) {
        SizeClass size = SIZE_CLASSES.get(line.value("size_class").toUpperCase(Locale.ROOT));
        if (size == null) {
            return Parsed.invalid("size_class", "must be one of MICRO, SMALL, MEDIUM, LARGE (or MIKRO, KECIL, MENENGAH, BESAR)");
        }
        ViolationType violation;
        try {
            violation = ViolationType.valueOf(line.value("violation").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Parsed.invalid("violation", "must be one of UNREGISTERED, PARTIALLY_REGISTERED, CONTRIBUTION_ARREARS");
        }
        Long workers = whole(line.value("workers"));
        if (workers == null) {
            return Parsed.invalid("workers", "must be a whole number");
        }
        Long arrears = whole(line.value("arrears"));
        if (arrears == null) {
            return Parsed.invalid("arrears", "must be whole rupiah, digits with optional thousands dots (15.750.000)");
        }
        Long months = whole(line.value("months"));
        if (months == null) {
            return Parsed.invalid("months", "must be a whole number");
        }
        String npwp = line.value("npwp").replace(".", "").replace("-", "");
        var employer = new CaseReport.Employer(line.value("nib"), npwp, line.value("name"), line.value("address"),
                line.value("email"), size);
        var report = new CaseReport(employer, new CaseReport.Violation(violation, Math.toIntExact(Math.min(workers, Integer.MAX_VALUE)),
                BigDecimal.valueOf(arrears), Math.toIntExact(Math.min(months, Integer.MAX_VALUE)), null),
                line.value("reference").isEmpty() ? null : line.value("reference"));
        return new Parsed(report, null, null);
    }

    private static Long whole(String text) {
        return WHOLE.matcher(text).matches() ? Long.valueOf(text.replace(".", "")) : null;
    }
}
