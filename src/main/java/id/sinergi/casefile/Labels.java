package id.sinergi.casefile;

import id.sinergi.enforcement.ComplianceKind;
import id.sinergi.enforcement.Stage;
import id.sinergi.notification.LetterKind;
import java.util.Map;
import java.util.function.Function;

/** The case file's codes as its readers call them: a timeline says "Surat Teguran Tertulis I", not FIRST_WARNING. */
final class Labels {

    private static final Map<String, String> NOTE_KINDS = Map.of(
            "LEGAL_REVIEW", "Kajian hukum",
            "CONCEPT_APPROVAL", "Persetujuan konsep",
            "PERSONAL_DATA_REVIEW", "Kajian pelindungan data pribadi",
            "PARTNER_RESPONSE", "Tanggapan mitra",
            "PROPOSAL_REVISION", "Perbaikan usulan",
            "TERMINATION", "Pengakhiran");

    private Labels() {
    }

    static String stage(String code) {
        return of(code, Stage::valueOf, Stage::label);
    }

    static String complianceKind(String code) {
        return of(code, ComplianceKind::valueOf, ComplianceKind::label);
    }

    static String letterKind(String code) {
        return of(code, LetterKind::valueOf, LetterKind::title);
    }

    static String noteKind(String code) {
        return NOTE_KINDS.getOrDefault(code, code);
    }

    /** A code no longer known (an older release's) is shown as it is rather than failing the whole file. */
    private static <E> String of(String code, Function<String, E> parse, Function<E, String> label) {
        try {
            return label.apply(parse.apply(code));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return code;
        }
    }
}
