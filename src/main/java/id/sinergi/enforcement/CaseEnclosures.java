package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.Formats;
import id.sinergi.notification.Letter;
import id.sinergi.notification.LetterKind;
import id.sinergi.notification.LetterRepository;
import id.sinergi.notification.LetterRequest.Enclosure;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The documents a case's letters carry, with the figures only they state: the final inspection report (LHPA)
 * enclosed in Teguran I and the Surat Kuasa Khusus enclosed in its cover letter. The employer's data and the
 * arrears come from the letter itself ({@link CaseLetters}); what is added here comes from the process's
 * inspection figures, the letter archive and the verified payments.
 */
@Component
class CaseEnclosures {

    /** The steps an SKK recounts as tried without result, in ladder order. */
    private static final List<LetterKind> LADDER = List.of(LetterKind.INSPECTION_RESULTS, LetterKind.FIRST_WARNING,
            LetterKind.SECOND_WARNING, LetterKind.FINE_NOTICE, LetterKind.SERVICE_WITHHOLDING_REQUEST);

    private static final Map<String, String> ANSWERS = Map.of(
            "NONE", "Pemberi kerja tidak menyampaikan tanggapan dalam batas waktu SPHP.",
            "PAID_IN_FULL", "Pemberi kerja menyatakan telah memenuhi seluruh kewajiban.",
            "PAID_IN_PART", "Pemberi kerja membayar sebagian kewajiban.",
            "OBJECTION", "Pemberi kerja mengajukan keberatan atas angka SPHP; keberatan telah diputus dan angka yang "
                    + "ditetapkan tercantum di atas.",
            "INSTALMENT_PLAN", "Pemberi kerja mengajukan pembayaran dengan cicilan.");

    private final LetterRepository archive;
    private final Clock clock;
    private final CaseSettlement settlement;

    CaseEnclosures(LetterRepository archive, Clock clock, CaseSettlement settlement) {
        this.archive = archive;
        this.clock = clock;
        this.settlement = settlement;
    }

    /**
     * The LHPA, when the case went through one: the findings of the inspection, the answer to the SPHP, the
     * established figures and what remains owed. A case that reached the warnings without an inspection has none.
     */
    Optional<Enclosure> finalInspectionReport(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        if (variables.amount(Vars.FINAL_ARREARS_AMOUNT) == null) {
            return Optional.empty();
        }
        var fields = new HashMap<String, String>();
        fields.put("foundWorkers", number(variables.amount(Vars.FOUND_WORKERS)));
        fields.put("foundArrears", rupiah(variables.amount(Vars.FOUND_ARREARS_AMOUNT)));
        fields.put("foundMonths", number(variables.amount(Vars.FOUND_MONTHS_IN_ARREARS)));
        fields.put("finalArrears", rupiah(variables.amount(Vars.FINAL_ARREARS_AMOUNT)));
        fields.put("finalMonths", number(variables.amount(Vars.FINAL_MONTHS_IN_ARREARS)));
        String answer = variables.text(Vars.SPHP_ANSWER);
        fields.put("answer", ANSWERS.getOrDefault(answer == null ? "NONE" : answer, ANSWERS.get("NONE")));
        Long paid = variables.amount(Vars.ANSWER_PAID_AMOUNT);
        if (paid != null && paid > 0 && ("PAID_IN_FULL".equals(answer) || "PAID_IN_PART".equals(answer))) {
            fields.put("paidAmount", Formats.rupiah(BigDecimal.valueOf(paid)));
            putIfText(fields, "paymentReference", variables.text(Vars.ANSWER_PAYMENT_REFERENCE));
        }
        putIfText(fields, "reportNotes", variables.text(Vars.FINAL_REPORT_NOTES));
        latest(variables.caseNumber(), LetterKind.INSPECTION_RESULTS).ifPresent(sphp -> {
            fields.put("resultsNumber", sphp.number());
            fields.put("resultsDate", dateOf(sphp));
        });
        return Optional.of(new Enclosure(LetterKind.FINAL_INSPECTION_REPORT, fields));
    }

    /**
     * The Surat Kuasa Khusus: what the employer owes (the arrears, and the fine as far as it is unpaid) and the
     * letters of the ladder tried before it, by number and date.
     */
    Enclosure specialPowerOfAttorney(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        String caseNumber = variables.caseNumber();
        // What the ledger says is unpaid: fine payments and instalments beyond the arrears both paid toward it.
        BigDecimal fine = settlement.unpaidFine(variables);
        BigDecimal total = settlement.outstanding(variables).add(fine);
        var fields = new HashMap<String, String>();
        if (fine.signum() > 0) {
            fields.put("fine", Formats.rupiah(fine));
            fields.put("fineInWords", Formats.rupiahInWords(fine));
        }
        fields.put("claimTotal", Formats.rupiah(total));
        fields.put("claimTotalInWords", Formats.rupiahInWords(total));
        var tried = archive.forCase(caseNumber).stream()
                .filter(l -> LADDER.contains(l.kind()))
                .sorted(java.util.Comparator.comparing((Letter l) -> LADDER.indexOf(l.kind())).thenComparing(Letter::id))
                .map(l -> "%s Nomor %s tanggal %s".formatted(l.kind().title(), l.number(), dateOf(l)))
                .toList();
        if (!tried.isEmpty()) {
            fields.put("ladderLetters", String.join(";", tried));
        }
        return new Enclosure(LetterKind.SPECIAL_POWER_OF_ATTORNEY, fields);
    }

    private Optional<Letter> latest(String caseNumber, LetterKind kind) {
        return archive.forCase(caseNumber).stream().filter(l -> l.kind() == kind).reduce((first, second) -> second);
    }

    private String dateOf(Letter letter) {
        return Formats.date(letter.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate());
    }

    private static String rupiah(Long amount) {
        return amount == null ? "-" : Formats.rupiah(BigDecimal.valueOf(amount));
    }

    private static String number(Long value) {
        return value == null ? "-" : Long.toString(value);
    }

    private static void putIfText(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value.strip());
        }
    }
}
