package id.sinergi.agreement;

import id.sinergi.forms.LetterTable;
import id.sinergi.notification.Formats;
import id.sinergi.notification.LetterRepository;
import id.sinergi.system.Markdown;
import id.sinergi.system.TaskFormContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the forms of an agreement's tasks show of the agreement, written for people and read from the
 * register when the form opens (Markdown for the forms' text fields):
 * <ul>
 *   <li>{@code agreementSummary}: the heading every agreement form starts with (kind, partner, scope, term,
 *       number and dates once registered, stage, by name);</li>
 *   <li>{@code agreementLetters}: every letter issued on the agreement and its amendments, with number,
 *       addressee and date;</li>
 *   <li>{@code datasetReview}: every field of the dataset the partner will receive, for the personal-data
 *       review;</li>
 *   <li>{@code signatoryLevelText}, {@code exchangeMechanismText}: codes by name; {@code legalNotesText},
 *       {@code partnerCommentsText}: typed notes, escaped.</li>
 * </ul>
 * The agreement is found by the process instance the register stored, never by a variable.
 */
@Component
class AgreementForms implements TaskFormContext {

    private static final Map<String, String> SIGNATORY_LEVELS = Map.of("PRESIDENT_DIRECTOR", "Direktur Utama",
            "DIRECTOR", "Direktur", "REGIONAL_DEPUTY", "Deputi Direksi Wilayah", "BRANCH_HEAD", "Kepala Cabang");
    private static final Map<String, String> MECHANISMS = Map.of("API", "API (mitra memakai API Sinergi)",
            "BATCH", "Berkas batch (CSV melalui SFTP atau portal)");

    private final AgreementRepository agreements;
    private final LetterRepository letterRegister;

    /** The official a signatory level names, as forms and letters write it ("Direktur Utama"). */
    static String signatoryName(String level) {
        return SIGNATORY_LEVELS.getOrDefault(level, level);
    }

    AgreementForms(AgreementRepository agreements, LetterRepository letterRegister) {
        this.agreements = agreements;
        this.letterRegister = letterRegister;
    }

    @Override
    public Map<String, Object> of(FormTask task, Map<String, Object> variables) {
        if (!AgreementProcess.KEY.equals(task.processKey()) || task.processInstanceId() == null) {
            return Map.of();
        }
        return agreements.idOfInstance(task.processInstanceId()).flatMap(agreements::find)
                .map(a -> shown(a, variables)).orElse(Map.of());
    }

    private Map<String, Object> shown(Agreement a, Map<String, Object> variables) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("agreementSummary", summary(a));
        shown.put("agreementLetters", letters(a.agreementId()));
        shown.put("datasetReview", dataset(a, variables));
        if (variables.get(AgreementProcess.Vars.SIGNATORY_LEVEL) instanceof String level) {
            shown.put("signatoryLevelText", SIGNATORY_LEVELS.getOrDefault(level, level));
        }
        if (variables.get(AgreementProcess.Vars.EXCHANGE_MECHANISM) instanceof String mechanism) {
            shown.put("exchangeMechanismText", MECHANISMS.getOrDefault(mechanism, mechanism));
        }
        shown.put("legalNotesText", quoted(variables.get(AgreementProcess.Vars.LEGAL_NOTES)));
        shown.put("partnerCommentsText", quoted(variables.get(AgreementProcess.Vars.PARTNER_COMMENTS)));
        // The draft is revised for whoever sent it back: the partner's comments, or the signatory's reasons.
        shown.put("revisionContext", "CONCEPT".equals(variables.get(AgreementProcess.Vars.REVISION_REASON))
                ? "**Konsep dikembalikan oleh penanda tangan:**\n\n" + quoted(variables.get(AgreementProcess.Vars.CONCEPT_NOTES))
                : "**Catatan mitra:**\n\n" + quoted(variables.get(AgreementProcess.Vars.PARTNER_COMMENTS)));
        // A dataset sent back by the legal bureau shows why; the first one shows nothing.
        shown.put("datasetSendBack", "SEND_BACK".equals(variables.get(AgreementProcess.Vars.PERSONAL_DATA_DECISION))
                ? "**Dikembalikan oleh biro hukum:**\n\n" + quoted(variables.get(AgreementProcess.Vars.PERSONAL_DATA_NOTES)) : "");
        return shown;
    }

    static String summary(Agreement a) {
        StringBuilder text = new StringBuilder("### ")
                .append(a.agreementNumber() != null ? Markdown.text(a.agreementNumber()) : a.agreementId())
                .append(" · ").append(Markdown.text(a.title())).append("\n");
        text.append("**Jenis:** ").append(a.kind().label())
                .append(" · **Mitra:** ").append(Markdown.text(a.partnerName())).append(" (").append(a.partnerKind().label()).append(")  \n");
        if (a.parentMouNumber() != null && !a.parentMouNumber().isBlank()) {
            text.append("**Melaksanakan MoU nomor:** ").append(Markdown.text(a.parentMouNumber())).append("  \n");
        }
        text.append("**Ruang lingkup:** ").append(Markdown.text(a.scope()).replace("  \n", " ")).append("  \n");
        text.append("**Jangka waktu:** ").append(Formats.period(a.termYears(), "tahun"));
        if (a.agreementNumber() != null) {
            text.append(" · **Nomor perjanjian:** ").append(Markdown.text(a.agreementNumber()));
        } else {
            text.append(" · **Referensi draf:** ").append(a.agreementId()).append(" (nomor diberikan saat registrasi)");
        }
        text.append("  \n");
        if (a.startDate() != null && a.endDate() != null) {
            text.append("**Berlaku:** ").append(Formats.date(a.startDate())).append(" sampai dengan ")
                    .append(Formats.date(a.endDate())).append("  \n");
        }
        text.append("**Tahap saat ini:** ").append(Agreement.OPEN.equals(a.status()) ? a.stage().label()
                : "CANCELLED".equals(a.status()) ? "Dibatalkan" : AgreementStage.ENDED.label());
        return text.toString();
    }

    /** Every letter issued on the agreement and its amendment rounds, oldest first, as numbered in the agenda. */
    private String letters(String agreementId) {
        return LetterTable.of(letterRegister.forCase(agreementId, true), "perjanjian ini");
    }

    /** The dataset as the dataset step chose it: every field the partner will receive, what it is, whether it is personal. */
    private static String dataset(Agreement a, Map<String, Object> variables) {
        List<DatasetField> chosen = Arrays.stream(DatasetField.values())
                .filter(field -> Boolean.TRUE.equals(variables.get(field.variable()))).toList();
        StringBuilder text = new StringBuilder("#### Data yang akan diterima mitra (" + chosen.size() + " kolom)\n\n");
        if (chosen.isEmpty()) {
            text.append("_Belum ada kolom yang dipilih pada langkah dataset._\n");
        } else {
            text.append("| Kolom | Keterangan | Data pribadi |\n|---|---|---|\n");
            chosen.forEach(field -> text.append("| ").append(field.label()).append(" | ").append(field.description())
                    .append(" | ").append(field.personal() ? "**Ya**" : "Tidak").append(" |\n"));
        }
        List<DatasetField> personal = chosen.stream().filter(DatasetField::personal).toList();
        text.append("\n**Memuat data pribadi:** ").append(personal.isEmpty() ? "Tidak"
                : "Ya (" + String.join(", ", personal.stream().map(DatasetField::label).toList()) + ")");
        text.append(" · **Memuat NIK:** ").append(chosen.contains(DatasetField.NIK) ? "Ya" : "Tidak").append("  \n");
        List<DatasetField> left = Arrays.stream(DatasetField.values()).filter(field -> !chosen.contains(field)).toList();
        if (!left.isEmpty()) {
            text.append("**Tidak dipertukarkan:** ").append(String.join(", ", left.stream().map(DatasetField::label).toList()))
                    .append("  \n");
        }
        Object purpose = variables.get("datasetPurpose");
        text.append("\n**Tujuan penggunaan data:** ")
                .append(purpose instanceof String p && !p.isBlank() ? Markdown.text(p) : "_(belum diisi)_").append("\n\n");
        text.append("**Tujuan kerja sama:**\n\n");
        if (a.purposes().isEmpty()) {
            text.append("_(tidak ada tujuan yang dipilih)_\n");
        }
        a.purposes().forEach(code -> text.append("- ").append(aim(code)).append("\n"));
        if (variables.get("legalBasis") instanceof String basis && !basis.isBlank()) {
            text.append("\n**Dasar hukum pada kajian sebelumnya:** ").append(Markdown.text(basis));
        }
        return text.toString();
    }

    private static String aim(String code) {
        try {
            return Purpose.valueOf(code).aim();
        } catch (IllegalArgumentException unknown) {
            return Markdown.text(code);
        }
    }

    private static String quoted(Object notes) {
        if (!(notes instanceof String text) || text.isBlank()) {
            return "_(tidak ada catatan)_";
        }
        return "> " + Markdown.text(text).replace("\n", "\n> ");
    }
}
