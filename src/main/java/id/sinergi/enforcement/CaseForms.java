package id.sinergi.enforcement;

import id.sinergi.agency.OfficeDirectory;
import id.sinergi.calendar.Zones;
import id.sinergi.forms.LetterTable;
import id.sinergi.notification.Formats;
import id.sinergi.notification.LetterRepository;
import id.sinergi.system.Markdown;
import id.sinergi.system.TaskFormContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the forms of a case's tasks show of the case, written for people and read from the register when
 * the form opens (Markdown for the forms' text fields):
 * <ul>
 *   <li>{@code caseSummary}: the heading every case form starts with (employer, violation, stage, by name);</li>
 *   <li>{@code caseReport}: the report as it came in (description, reporter's reference, NPWP, address),
 *       for triage;</li>
 *   <li>{@code earlierCases}: the employer's other cases, by NIB, for triage;</li>
 *   <li>{@code caseFigures}: what the ladder established (LHPA, fine, payments), for the later steps;</li>
 *   <li>{@code caseLetters}: every letter issued on the case with its number and date;</li>
 *   <li>{@code prosecutorOfficeName}, {@code complianceKindText}, {@code judgmentText}: codes by name.</li>
 * </ul>
 */
@Component
class CaseForms implements TaskFormContext {

    private static final Set<String> CASE_PROCESSES = Set.of(EnforcementCaseProcess.KEY, InstalmentPlanProcess.KEY);
    private static final int EARLIER_CASES_SHOWN = 10;
    private static final Map<String, String> JUDGMENTS = Map.of("WON", "dikabulkan", "LOST", "ditolak", "SETTLED", "perdamaian");

    private final EnforcementCaseRepository cases;
    private final CaseSections sections;
    private final OfficeDirectory offices;
    private final LetterRepository letterRegister;
    private final JdbcClient jdbc;
    private final CaseSettlement settlement;
    private final EnforcementSettings settings;

    CaseForms(EnforcementCaseRepository cases, CaseSections sections, OfficeDirectory offices, LetterRepository letterRegister,
              JdbcClient jdbc, CaseSettlement settlement, EnforcementSettings settings) {
        this.cases = cases;
        this.sections = sections;
        this.offices = offices;
        this.letterRegister = letterRegister;
        this.jdbc = jdbc;
        this.settlement = settlement;
        this.settings = settings;
    }

    @Override
    public Map<String, Object> of(FormTask task, Map<String, Object> variables) {
        if (!CASE_PROCESSES.contains(task.processKey()) || task.businessKey() == null) {
            return Map.of();
        }
        return cases.find(task.businessKey()).map(c -> shown(c, variables)).orElse(Map.of());
    }

    private Map<String, Object> shown(EnforcementCase c, Map<String, Object> variables) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("caseSummary", summary(c));
        // When a registration check answered "not yet" comes back: the office's setting, not a number in the form.
        shown.put("registrationRecheckDays", String.valueOf(settings.workingDaysFor("REGISTRATION_RECHECK")));
        shown.put("caseReport", report(c));
        shown.put("earlierCases", earlierCases(c));
        shown.put("caseFigures", figures(c, variables));
        shown.put("caseLetters", letters(c.caseNumber()));
        if (variables.get(EnforcementCaseProcess.Vars.PROSECUTOR_OFFICE) instanceof String office) {
            shown.put("prosecutorOfficeName", offices.prosecutor(office).map(OfficeDirectory.Prosecutor::name).orElse(office));
        }
        if (variables.get(EnforcementCaseProcess.Vars.COMPLIANCE_KIND) instanceof String kind) {
            shown.put("complianceKindText", label(ComplianceKind.class, kind, ComplianceKind::label));
        }
        if (variables.get("judgment") instanceof String judgment) {
            shown.put("judgmentText", JUDGMENTS.getOrDefault(judgment, judgment));
        }
        return shown;
    }

    private static String summary(EnforcementCase c) {
        return "### Kasus " + c.caseNumber() + "\n"
                + "**Badan usaha:** " + Markdown.text(c.employerName()) + " (NIB " + c.employerNib() + ", "
                + c.sizeClass().label() + ")  \n"
                + "**Pelanggaran:** " + c.violationType().label() + " · **Pekerja terdampak:** " + c.workersAffected() + "  \n"
                + "**Tunggakan dilaporkan:** " + Formats.rupiah(c.arrearsAmount()) + " untuk " + c.monthsInArrears()
                + " bulan · **Pelapor:** " + Markdown.text(c.reportedBy()) + "  \n"
                + "**Tahap saat ini:** " + (c.isOpen() ? c.stage().label() : "Selesai")
                + (c.outcome() != null ? " (" + c.outcome().label() + ")" : "");
    }

    private static String report(EnforcementCase c) {
        StringBuilder text = new StringBuilder("#### Laporan\n");
        text.append("**Diterima:** ").append(moment(c.reportedAt())).append(" dari ").append(Markdown.text(c.reportedBy()));
        if (c.reporterReference() != null && !c.reporterReference().isBlank()) {
            text.append(" · **Referensi pelapor:** ").append(Markdown.text(c.reporterReference()));
        }
        text.append("  \n**NPWP:** ").append(npwp(c.employerNpwp()));
        text.append("  \n**Alamat:** ").append(Markdown.text(c.employerAddress()));
        text.append("\n\n**Uraian laporan:**\n\n");
        text.append(c.description() == null || c.description().isBlank() ? "_(tidak ada uraian)_"
                : "> " + Markdown.text(c.description()).replace("\n", "\n> "));
        return text.toString();
    }

    /** The employer's other cases by NIB, newest first: a repeat offender or a duplicate report shows here. */
    private String earlierCases(EnforcementCase c) {
        record Earlier(String number, OffsetDateTime reportedAt, String violation, String stage, String status, String outcome) {
        }
        List<Earlier> earlier = jdbc.sql("""
                        SELECT case_number, reported_at, violation_type, stage, status, outcome FROM enforcement_case
                        WHERE employer_nib = ? AND case_number <> ? ORDER BY reported_at DESC, case_number DESC
                        """).params(c.employerNib(), c.caseNumber())
                .query((rs, n) -> new Earlier(rs.getString("case_number"), rs.getObject("reported_at", OffsetDateTime.class),
                        rs.getString("violation_type"), rs.getString("stage"), rs.getString("status"), rs.getString("outcome")))
                .list();
        if (earlier.isEmpty()) {
            return "#### Kasus lain badan usaha ini\nTidak ada kasus lain dengan NIB " + c.employerNib() + ".";
        }
        StringBuilder table = new StringBuilder("#### Kasus lain badan usaha ini (" + earlier.size() + ")\n\n"
                + "| No. kasus | Dibuka | Pelanggaran | Tahap atau hasil |\n|---|---|---|---|\n");
        earlier.stream().limit(EARLIER_CASES_SHOWN).forEach(e -> table.append("| ").append(e.number())
                .append(" | ").append(Formats.date(e.reportedAt().atZoneSameInstant(Zones.OFFICE).toLocalDate()))
                .append(" | ").append(label(ViolationType.class, e.violation(), ViolationType::label))
                .append(" | ").append(EnforcementCase.OPEN.equals(e.status()) ? "Berjalan: " + label(Stage.class, e.stage(), Stage::label)
                        : e.outcome() != null ? "Selesai: " + label(Outcome.class, e.outcome(), Outcome::label) : "Dibatalkan")
                .append(" |\n"));
        if (earlier.size() > EARLIER_CASES_SHOWN) {
            table.append("\n_dan ").append(earlier.size() - EARLIER_CASES_SHOWN).append(" kasus lebih lama_");
        }
        return table.toString();
    }

    /** The figures the ladder established: the LHPA, the fine and what was paid, as the register holds them. */
    private String figures(EnforcementCase c, Map<String, Object> variables) {
        var ladder = sections.of(List.of(c.caseNumber())).getOrDefault(c.caseNumber(), CaseSections.Sections.NONE);
        StringBuilder text = new StringBuilder("#### Angka yang ditetapkan\n");
        var inspection = ladder.inspection();
        if (inspection != null && inspection.establishedArrears() != null) {
            Object months = firstOf(variables, EnforcementCaseProcess.Vars.FINAL_MONTHS_IN_ARREARS,
                    EnforcementCaseProcess.Vars.REVISED_MONTHS_IN_ARREARS, EnforcementCaseProcess.Vars.FOUND_MONTHS_IN_ARREARS);
            text.append("**Laporan Hasil Pemeriksaan Akhir (LHPA):** tunggakan iuran ")
                    .append(Formats.rupiah(inspection.establishedArrears()))
                    .append(months != null ? " untuk " + months + " bulan" : "")
                    .append(inspection.workersFound() != null ? ", " + inspection.workersFound() + " pekerja" : "")
                    .append(inspection.scheduledAt() != null ? " (pemeriksaan " + moment(inspection.scheduledAt()) + ")" : "")
                    .append("  \n");
        } else {
            text.append("**LHPA:** belum ada; tunggakan yang dilaporkan ").append(Formats.rupiah(c.arrearsAmount())).append("  \n");
        }
        var fine = ladder.fine();
        if (fine != null && fine.amount() != null) {
            text.append("**Denda administratif:** ").append(Formats.rupiah(fine.amount()));
            if (fine.basis() != null) {
                text.append(" (0,1% dari ").append(Formats.rupiah(fine.basis())).append(")");
            }
            if (fine.imposedAt() != null) {
                text.append(", dikenakan ").append(moment(fine.imposedAt()));
            }
            if (fine.dueAt() != null) {
                text.append(", jatuh tempo ").append(moment(fine.dueAt()));
            }
            text.append("  \n**Denda dibayar:** ").append(Formats.rupiah(fine.paidAmount()))
                    .append(fine.paidAt() != null ? " (terakhir " + Formats.date(fine.paidAt()) + ")" : "").append("  \n");
        } else {
            text.append("**Denda administratif:** belum dikenakan  \n");
        }
        // As the ledger allocates it: arrears payments, and instalments up to the assessed arrears (the rest paid the fine).
        BigDecimal assessed = inspection != null && inspection.establishedArrears() != null ? inspection.establishedArrears()
                : c.arrearsAmount();
        BigDecimal arrearsPaid = settlement.ledger(c.caseNumber()).arrearsPaid(assessed);
        text.append("**Iuran dibayar (terverifikasi):** ").append(Formats.rupiah(arrearsPaid));
        var sanction = ladder.sanction();
        if (sanction != null && sanction.requestedAt() != null) {
            text.append("  \n**Sanksi TMP3T:** diminta ").append(moment(sanction.requestedAt()))
                    .append(sanction.decision() == null ? ", belum diputus" : "IMPOSED".equals(sanction.decision())
                            ? ", dikenakan" + (sanction.effectiveFrom() != null ? " sejak " + Formats.date(sanction.effectiveFrom()) : "")
                            : ", ditolak")
                    .append(sanction.liftedAt() != null ? ", dicabut " + moment(sanction.liftedAt()) : "");
        }
        return text.toString();
    }

    /** Every letter and document issued on the case, oldest first, as numbered in the agenda. */
    private String letters(String caseNumber) {
        return LetterTable.of(letterRegister.forCase(caseNumber), "kasus ini");
    }

    private static String npwp(String npwp) {
        try {
            return Formats.npwp(npwp);
        } catch (IllegalArgumentException notDigits) {
            return Markdown.text(npwp);
        }
    }

    private static String moment(OffsetDateTime at) {
        return Formats.dateTime(at.toInstant(), Zones.OFFICE);
    }

    private static Object firstOf(Map<String, Object> variables, String... names) {
        for (String name : names) {
            if (variables.get(name) != null) {
                return variables.get(name);
            }
        }
        return null;
    }

    private static <E extends Enum<E>> String label(Class<E> type, String code, java.util.function.Function<E, String> label) {
        if (code == null) {
            return "";
        }
        try {
            return label.apply(Enum.valueOf(type, code));
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }
}
