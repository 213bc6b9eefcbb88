package id.sinergi.agreement;

import id.sinergi.notification.Formats;
import id.sinergi.notification.LetterKind;
import java.util.HashMap;
import java.util.Map;

/**
 * What an agreement's text says beyond its letters (letters/_agreement.html): its purposes as aims, its term,
 * the partner's contact, the parent MoU; and for the registered text, who signed on which day. A draft is
 * marked DRAF across each page.
 */
final class AgreementText {

    /** How soon a party tells the other of force majeure (Pasal Keadaan Kahar of a PKS). */
    static final int FORCE_MAJEURE_NOTICE_DAYS = 14;

    private AgreementText() {
    }

    /**
     * The document's own values. {@code letter} is the kind of letter carrying it: a draft sent with an
     * amendment letter is the draft of that amendment round ({@code round} in {@code letterFields}).
     */
    /** The kind as a letter or the text names it. */
    static String kindName(Agreement a) {
        return a.kind() == AgreementKind.MOU ? "Nota Kesepahaman" : "Perjanjian Kerja Sama";
    }

    static Map<String, String> fields(Agreement a, LetterKind document, LetterKind letter, Map<String, String> letterFields) {
        var fields = new HashMap<String, String>();
        String kindName = kindName(a);
        fields.put("draftTitle", letter == LetterKind.AMENDMENT_DRAFT
                ? "Draf Adendum ke-%s %s Nomor %s".formatted(letterFields.get("round"), kindName, a.agreementNumber())
                : "Draf " + kindName);
        fields.put("purposes", a.purposes().isEmpty() ? "kerja sama sesuai ruang lingkup"
                : String.join(";", a.purposes().stream().map(p -> Purpose.valueOf(p).aim()).toList()));
        fields.put("partnerContactName", a.partnerContactName());
        fields.put("forceMajeureNotice", Formats.period(FORCE_MAJEURE_NOTICE_DAYS, "hari"));
        if (a.parentMouNumber() != null && !a.parentMouNumber().isBlank()) {
            fields.put("parentMouNumber", a.parentMouNumber());
        }
        if (document == LetterKind.AMENDMENT_DRAFT_TEXT) {
            fields.put("changes", letterFields.getOrDefault("notes", "-"));
            fields.put("draftTitle", "Draf Adendum ke-" + letterFields.get("round"));
        }
        String years = Formats.period(a.termYears(), "tahun");
        if (document == LetterKind.AGREEMENT_TEXT && a.startDate() != null && a.endDate() != null) {
            fields.put("term", "untuk jangka waktu %s, sejak tanggal %s sampai dengan tanggal %s"
                    .formatted(years, Formats.date(a.startDate()), Formats.date(a.endDate())));
            fields.put("bpjsSignatory", a.bpjsSignatory());
            fields.put("bpjsSignedOn", Formats.date(a.bpjsSignedOn()));
            fields.put("partnerSignatory", a.partnerSignatory());
            fields.put("partnerSignedOn", Formats.date(a.partnerSignedOn()));
        } else {
            fields.put("term", "untuk jangka waktu %s sejak ditandatangani oleh PARA PIHAK".formatted(years));
            fields.put("draftMark", "DRAF");
        }
        return fields;
    }
}
