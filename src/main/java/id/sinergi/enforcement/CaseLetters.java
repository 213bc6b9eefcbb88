package id.sinergi.enforcement;

import id.sinergi.agency.OfficeDirectory;
import id.sinergi.agency.OfficeDirectory.District;
import id.sinergi.agency.OfficeDirectory.Office;
import id.sinergi.notification.BranchSettings;
import id.sinergi.notification.Formats;
import id.sinergi.notification.Letter;
import id.sinergi.notification.LetterKind;
import id.sinergi.notification.LetterRepository;
import id.sinergi.notification.LetterRequest;
import id.sinergi.notification.LetterService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a case into letters: picks the addressee of each kind and fills in the case's facts, reading
 * the employer's contact data from the case register rather than from process variables.
 *
 * <p>Three things every enforcement letter gets here, never from a delegate or a template:
 * <ul>
 *   <li>the letter it cites ({@link #CITES}: number and date from the letter archive), so Teguran II
 *       always names the Teguran I the employer actually received;</li>
 *   <li>the periods it states, from {@link EnforcementSettings}, written "10 (sepuluh) hari kerja", so a
 *       change in the regulation's windows changes the letters with the timers;</li>
 *   <li>the office it goes to, from the employer's district ({@link OfficeDirectory}).</li>
 * </ul>
 */
@Component
class CaseLetters {

    private static final Logger log = LoggerFactory.getLogger(CaseLetters.class);

    /**
     * Which letter each kind cites: the one before it on the ladder. A letter of the cited kind with the
     * same occasion is preferred (a lifting request cites the request to the same office), else the
     * latest one. Teguran I cites the SPHP only when there was an inspection; the others are expected,
     * and a missing one (a case moved past a step in Cockpit) leaves the sentence out with a warning.
     */
    static final Map<LetterKind, LetterKind> CITES = new EnumMap<>(Map.of(
            LetterKind.FIRST_WARNING, LetterKind.INSPECTION_RESULTS,
            LetterKind.SECOND_WARNING, LetterKind.FIRST_WARNING,
            LetterKind.FINE_NOTICE, LetterKind.SECOND_WARNING,
            LetterKind.FINAL_SUMMONS, LetterKind.SUMMONS,
            LetterKind.SANCTION_LIFTING_REQUEST, LetterKind.SERVICE_WITHHOLDING_REQUEST,
            LetterKind.SUIT_INSTRUCTION, LetterKind.SKK_COVER_LETTER,
            LetterKind.INSTALMENT_DEFAULT_REPORT, LetterKind.SKK_COVER_LETTER));

    private static final Map<LetterKind, LetterKind> OPTIONAL_CITATIONS = Map.of(LetterKind.FIRST_WARNING, LetterKind.INSPECTION_RESULTS);

    private final EnforcementCaseRepository cases;
    private final LetterService letters;
    private final LetterRepository archive;
    private final OfficeDirectory offices;
    private final EnforcementSettings settings;
    private final BranchSettings branch;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CaseEnclosures enclosures;
    private final CaseSettlement settlement;

    CaseLetters(EnforcementCaseRepository cases, LetterService letters, LetterRepository archive, OfficeDirectory offices,
                EnforcementSettings settings, BranchSettings branch, JdbcClient jdbc, Clock clock, CaseEnclosures enclosures,
                CaseSettlement settlement) {
        this.enclosures = enclosures;
        this.settlement = settlement;
        this.cases = cases;
        this.letters = letters;
        this.archive = archive;
        this.offices = offices;
        this.settings = settings;
        this.branch = branch;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Letter send(DelegateExecution execution, LetterKind kind, Map<String, String> extraFields) {
        return send(execution, kind, LetterRequest.ONLY, extraFields, null, null);
    }

    /** A letter for one occasion: another occasion of the same kind is a new letter with a new number. */
    Letter send(DelegateExecution execution, LetterKind kind, String occasion, Map<String, String> extraFields) {
        return send(execution, kind, occasion, extraFields, null, null);
    }

    /**
     * Sends a letter that sets the employer a deadline, and keeps that deadline in the process so the
     * timer after the letter waits for exactly the date the letter states.
     */
    Letter sendWithDeadline(DelegateExecution execution, LetterKind kind, String deadlineVariable, Date deadline,
                            Map<String, String> extraFields) {
        return sendWithDeadline(execution, kind, LetterRequest.ONLY, deadlineVariable, deadline, extraFields);
    }

    Letter sendWithDeadline(DelegateExecution execution, LetterKind kind, String occasion, String deadlineVariable,
                            Date deadline, Map<String, String> extraFields) {
        return sendWithDeadline(execution, kind, occasion, deadlineVariable, deadline, extraFields, List.of());
    }

    /**
     * Teguran I, carrying the final inspection report (LHPA) when the case went through an inspection: the
     * warning demands what the LHPA established, and the employer receives the report it rests on.
     */
    Letter firstWarning(DelegateExecution execution, String deadlineVariable, Date deadline) {
        var reports = enclosures.finalInspectionReport(execution).stream().toList();
        return sendWithDeadline(execution, LetterKind.FIRST_WARNING, LetterRequest.ONLY, deadlineVariable, deadline, Map.of(), reports);
    }

    /** The SKK cover letter to the prosecutor's office, carrying the Surat Kuasa Khusus itself. */
    Letter specialPowerOfAttorney(DelegateExecution execution) {
        return send(execution, LetterKind.SKK_COVER_LETTER, LetterRequest.ONLY, Map.of(), null, null,
                List.of(enclosures.specialPowerOfAttorney(execution)));
    }

    private Letter sendWithDeadline(DelegateExecution execution, LetterKind kind, String occasion, String deadlineVariable,
                                    Date deadline, Map<String, String> extraFields, List<LetterRequest.Enclosure> enclosures) {
        Map<String, String> fields = new HashMap<>(extraFields);
        fields.put("deadline", date(deadline));
        Letter letter = send(execution, kind, occasion, fields, deadline, null, enclosures);
        // A retry on a later day finds the letter archived by the first attempt: the employer holds
        // that letter, so its deadline, not today's recalculation, is the one the timer waits for.
        EnforcementCaseProcess.variables(execution).setDeadline(deadlineVariable, Date.from(letter.deadline().toInstant()));
        return letter;
    }

    /**
     * The request to withhold public services (PP 86/2013 Pasal 9): one letter to the licensing office of
     * the employer's district and one to the OSS office for centrally issued licences, each its own
     * occasion (the office id). {@code districtId} null or unknown: the branch's default district.
     */
    List<Letter> requestWithholding(DelegateExecution execution, String districtId) {
        District district = offices.districtOrDefault(districtId);
        Map<String, String> grounds = withholdingGrounds(EnforcementCaseProcess.variables(execution));
        List<Letter> sent = new ArrayList<>();
        for (Office office : List.of(district.licensing(), offices.oss())) {
            sent.add(send(execution, LetterKind.SERVICE_WITHHOLDING_REQUEST, office.id(), grounds, null, office));
        }
        return sent;
    }

    /**
     * The request's grounds as they stand, and what lifting will wait for: the office decides on what the letter
     * says. With no fine imposed (nothing established as owed) there is no fine to have ignored; a fine paid in full
     * leaves only the obligation (Pasal 10(7)); a fine unpaid at the end of its period is Pasal 10(6)'s ground.
     * The template words each ground, keeping amounts and dates unbroken.
     */
    private Map<String, String> withholdingGrounds(EnforcementCaseProcess.Variables variables) {
        BigDecimal fine = variables.fineAmount();
        if (fine.signum() == 0) {
            return Map.of("withholdingGround", "NO_FINE", "fine", "", "fineDeadline", "", "unpaidFine", "");
        }
        BigDecimal unpaid = settlement.unpaidFine(variables);
        Date fineDeadline = variables.deadline(EnforcementCaseProcess.Vars.FINE_DEADLINE);
        return Map.of("withholdingGround", unpaid.signum() == 0 ? "FINE_PAID" : "FINE_UNPAID",
                "fine", Formats.rupiah(fine),
                "fineDeadline", fineDeadline == null ? "" : date(fineDeadline),
                "unpaidFine", unpaid.signum() > 0 && unpaid.compareTo(fine) < 0 ? Formats.rupiah(unpaid) : "");
    }

    /**
     * Asks every office that received a withholding request for this case to lift the sanction (Pasal
     * 10(7)-(8)), citing that office's request by number and date and naming the {@code proofs} (payment
     * of the fine, proof the obligation is met). With no request on record (a legacy case), asks the
     * district's licensing office. {@code proofs} null: the verified compliance reports on record.
     */
    List<Letter> requestLifting(DelegateExecution execution, String districtId, String proofs) {
        String caseNumber = EnforcementCaseProcess.variables(execution).caseNumber();
        List<Office> asked = new ArrayList<>();
        for (Letter request : archive.forCase(caseNumber)) {
            if (request.kind() == LetterKind.SERVICE_WITHHOLDING_REQUEST) {
                asked.add(new Office(request.occasion(), request.recipientName(), request.recipientEmail()));
            }
        }
        if (asked.isEmpty()) {
            asked.add(offices.districtOrDefault(districtId).licensing());
        }
        var variables = EnforcementCaseProcess.variables(execution);
        String owed = variables.fineAmount().signum() > 0 ? "tunggakan iuran dan denda administratif" : "tunggakan iuran";
        // What the letter may say happened: a debt recovered by the state attorney or under a judgment is the claim
        // paid, which is what BPJS knows; Pasal 10(7)'s fine and obligation are stated only when the ledger holds them.
        String settled;
        String recovery;
        if (variables.outcome() == Outcome.PAID_IN_FULL) {
            settled = "telah melunasi tagihan " + owed + " yang dikuasakan kepada Jaksa Pengacara Negara" + registration(variables);
            // No amount: the form's "recovered so far" may still hold an earlier partial figure.
            recovery = "- laporan Jaksa Pengacara Negara bahwa tagihan telah dibayar lunas";
        } else if (variables.outcome() == Outcome.JUDGMENT_PAID) {
            settled = "telah melunasi tagihan " + owed + " berdasarkan putusan pengadilan" + registration(variables);
            recovery = "- pelaksanaan putusan pengadilan: tagihan telah dibayar lunas";
        } else {
            // Pasal 10(7): the fine paid in full and the obligation met; with no fine imposed, only the latter.
            settled = variables.fineAmount().signum() > 0
                    ? "telah membayar lunas denda administratif dan memenuhi kewajibannya dalam Program JKN"
                    : "telah memenuhi kewajibannya dalam Program JKN";
            recovery = null;
        }
        if (proofs == null && recovery != null) {
            List<String> ledger = proofLines(caseNumber);
            proofs = ledger.isEmpty() ? recovery : recovery + "\n" + String.join("\n", ledger);
        }
        List<Letter> sent = new ArrayList<>();
        for (Office office : asked) {
            Map<String, String> fields = new java.util.HashMap<>(Map.of("settlement", settled));
            if (proofs != null) {
                fields.put("proofs", proofs);
            }
            sent.add(send(execution, LetterKind.SANCTION_LIFTING_REQUEST, office.id(), fields, null, office));
        }
        return sent;
    }

    /**
     * After a recovery, the rest of Pasal 10(7) as the ledger holds it (the registration an officer verified before
     * lifting, LiftingRegistration): nothing for a debtor, whose obligation was the claim itself.
     */
    private String registration(EnforcementCaseProcess.Variables variables) {
        if (variables.violationType() == ViolationType.CONTRIBUTION_ARREARS) {
            return "";
        }
        var ledger = settlement.ledger(variables.caseNumber());
        if (ledger.has(ComplianceKind.WORKERS_REGISTERED)) {
            // A partly registered employer was registered itself already; how many workers is in the proof's line.
            return variables.violationType() == ViolationType.PARTIALLY_REGISTERED
                    ? ", serta telah mendaftarkan pekerjanya sebagai peserta Program JKN"
                    : ", serta telah mendaftarkan dirinya dan pekerjanya sebagai peserta Program JKN";
        }
        if (ledger.has(ComplianceKind.DATA_COMPLETED)) {
            return ", serta telah menyampaikan data pekerja, anggota keluarga, dan upah secara lengkap dan benar";
        }
        return "";
    }

    /**
     * Tells the labour office of the employer's district the schedule of a joint inspection and asks for
     * its labour inspectors. {@code occasion}: which summons it goes with (e.g. "SUMMONS", "FINAL_SUMMONS").
     * Fields: inspectionDate, inspectionTime, inspectionPlace, inspectionTeam, labourInspectors.
     */
    Letter labourOfficeNotice(DelegateExecution execution, String districtId, String occasion, Map<String, String> extraFields) {
        Office labour = offices.districtOrDefault(districtId).labour();
        return send(execution, LetterKind.LABOUR_OFFICE_NOTICE, occasion, extraFields, null, labour);
    }

    /** BPJS decided to sue: asks the state attorney holding the SKK to file the suit of that kind for that claim. */
    Letter suitInstruction(DelegateExecution execution, String courtKind, BigDecimal claim) {
        String suit = switch (courtKind) {
            case "SMALL_CLAIMS" -> "gugatan sederhana sesuai Peraturan Mahkamah Agung Nomor 2 Tahun 2015 tentang Tata Cara "
                    + "Penyelesaian Gugatan Sederhana sebagaimana telah diubah dengan Peraturan Mahkamah Agung Nomor 4 "
                    + "Tahun 2019, karena nilai gugatan paling banyak Rp500.000.000";
            case "CIVIL_SUIT" -> "gugatan perdata biasa, karena nilai gugatan melebihi batas gugatan sederhana "
                    + "(Rp500.000.000, Peraturan Mahkamah Agung Nomor 4 Tahun 2019)";
            default -> throw new IllegalArgumentException("Unknown kind of suit " + courtKind);
        };
        return send(execution, LetterKind.SUIT_INSTRUCTION, LetterRequest.ONLY,
                Map.of("suitKind", suit, "claimAmount", Formats.rupiah(claim), "claimAmountInWords", Formats.rupiahInWords(claim)), null, null);
    }

    /**
     * Reports to the state attorney that the employer missed an instalment of the plan agreed before it.
     * {@code occasion}: the plan and instalment (e.g. plan id + "#" + seq), so each default is its own letter.
     * Fields: planSignedOn, instalmentNumber, instalmentDueDate, instalmentAmount, outstandingAmount.
     */
    Letter instalmentDefaultReport(DelegateExecution execution, String occasion, Map<String, String> extraFields) {
        return send(execution, LetterKind.INSTALMENT_DEFAULT_REPORT, occasion, extraFields, null, null);
    }

    String date(Date date) {
        return Formats.date(date.toInstant().atZone(clock.getZone()).toLocalDate());
    }

    private Letter send(DelegateExecution execution, LetterKind kind, String occasion, Map<String, String> extraFields,
                        Date deadline, Office office) {
        return send(execution, kind, occasion, extraFields, deadline, office, List.of());
    }

    private Letter send(DelegateExecution execution, LetterKind kind, String occasion, Map<String, String> extraFields,
                        Date deadline, Office office, List<LetterRequest.Enclosure> enclosures) {
        var variables = EnforcementCaseProcess.variables(execution);
        EnforcementCase c = cases.find(variables.caseNumber())
                .orElseThrow(() -> new IllegalStateException("Case " + variables.caseNumber() + " is not registered"));
        District district = offices.districtOrDefault(employerDistrict(c.caseNumber()));
        Map<String, String> fields = new HashMap<>();
        fields.put("caseNumber", c.caseNumber());
        fields.put("employerName", c.employerName());
        fields.put("employerNib", c.employerNib());
        fields.put("employerNpwp", Formats.npwp(c.employerNpwp()));
        fields.put("employerAddress", c.employerAddress());
        fields.put("employerDistrict", district.name());
        fields.put("violation", describe(c.violationType()));
        fields.put("workersAffected", Integer.toString(c.workersAffected()));
        BigDecimal owed = settlement.outstanding(variables);
        fields.put("arrears", Formats.rupiah(owed));
        fields.put("arrearsInWords", Formats.rupiahInWords(owed));
        fields.put("monthsInArrears", Integer.toString(variables.establishedMonthsInArrears()));
        fields.putAll(periods());
        fields.putAll(extraFields);
        if (kind == LetterKind.SANCTION_LIFTING_REQUEST && fields.get("proofs") == null) {
            fields.put("proofs", proofsOnRecord(c.caseNumber()));
        }
        cite(fields, c.caseNumber(), kind, occasion);
        if (kind == LetterKind.SUMMONS || kind == LetterKind.FINAL_SUMMONS || kind == LetterKind.LABOUR_OFFICE_NOTICE) {
            appointment(fields, variables.jointInspection() || !fields.getOrDefault("labourInspectors", "").isBlank(),
                    district, kind);
        }
        var request = addressed(kind, c, variables, fields, district, office).withOccasion(occasion);
        for (LetterRequest.Enclosure enclosure : enclosures) {
            request = request.enclosing(enclosure);
        }
        return letters.send(deadline == null ? request : request.withDeadline(deadline.toInstant().atZone(clock.getZone()).toOffsetDateTime()));
    }

    /** The ladder's periods as the letters state them, from the same settings the timers use. */
    private Map<String, String> periods() {
        return Map.of(
                "warningPeriod", Formats.workingDays(settings.warningWorkingDays()),
                "resultsAnswerPeriod", Formats.workingDays(settings.resultsAnswerWorkingDays()),
                "finePeriod", spelled(settings.finePeriod()),
                "outreachPeriod", spelled(settings.outreachWait()),
                "serviceSanctionPeriod", spelled(settings.serviceSanctionWait()),
                "prosecutorFollowUpPeriod", spelled(settings.prosecutorFollowUp()));
    }

    private static String spelled(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return Formats.calendarDays(period.getDays());
        }
        if (period.getYears() == 0 && period.getDays() == 0) {
            return Formats.period(period.getMonths(), "bulan");
        }
        throw new IllegalStateException("A letter period must be days or months, not " + period);
    }

    /**
     * The letter this one cites, as {@code citedNumber} and {@code citedDate}; the template words the
     * sentence and leaves it out when there is nothing to cite.
     */
    private void cite(Map<String, String> fields, String caseNumber, LetterKind kind, String occasion) {
        LetterKind citedKind = CITES.get(kind);
        if (citedKind == null) {
            return;
        }
        Optional<Letter> cited = cited(caseNumber, citedKind, occasion);
        if (cited.isEmpty()) {
            if (OPTIONAL_CITATIONS.get(kind) != citedKind) {
                log.warn("Case {}: {} should cite a {} but none is archived; the letter goes out without the citation",
                        caseNumber, kind, citedKind);
            }
            return;
        }
        Letter letter = cited.get();
        fields.put("citedNumber", letter.number());
        fields.put("citedDate", Formats.date(letter.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate()));
    }

    private Optional<Letter> cited(String caseNumber, LetterKind citedKind, String occasion) {
        List<Letter> ofKind = archive.forCase(caseNumber).stream().filter(l -> l.kind() == citedKind).toList();
        return ofKind.stream().filter(l -> l.occasion().equals(occasion)).findFirst()
                .or(() -> ofKind.stream().max(Comparator.comparing(Letter::createdAt).thenComparing(Letter::id)));
    }

    /**
     * The appointment a summons states (copies in {@code tembusan} are separated by ";"): the template prints each line it is given (time and team only when
     * the step gave them) and, for a joint inspection, the labour inspectors and a tembusan to the head of
     * the district's labour office. The place defaults to the branch office.
     */
    private void appointment(Map<String, String> fields, boolean joint, District district, LetterKind kind) {
        fields.putIfAbsent("inspectionPlace", "Kantor " + branch.name());
        fields.put("jointInspection", Boolean.toString(joint));
        fields.put("labourOfficeName", district.labour().name());
        if (!joint) {
            fields.remove("labourInspectors");
        }
        if (joint && kind != LetterKind.LABOUR_OFFICE_NOTICE) {
            fields.put("tembusan", "Kepala " + district.labour().name());
        }
    }

    /**
     * The proofs a lifting request names when the step gives none: the verified compliance reports of the
     * case (the payment ledger), one line each, e.g. "- bukti pembayaran denda Rp182.500, BUKTI-1, tanggal
     * 2 Desember 2026". A signed instalment plan is not compliance and is not listed.
     */
    private String proofsOnRecord(String caseNumber) {
        List<String> lines = proofLines(caseNumber);
        if (lines.isEmpty()) {
            log.warn("Case {}: lifting request with no verified compliance report on record", caseNumber);
            return "- pemenuhan kewajiban yang telah diverifikasi BPJS Kesehatan";
        }
        return String.join("\n", lines);
    }

    private List<String> proofLines(String caseNumber) {
        return jdbc.sql("""
                SELECT kind, compliance_date, amount_paid, workers_registered, reference FROM compliance_report
                WHERE case_number = ? AND status = 'VERIFIED' AND kind <> 'INSTALMENT_AGREED'
                ORDER BY compliance_date, received_at
                """).param(caseNumber).query((rs, row) -> {
                    BigDecimal amount = rs.getBigDecimal("amount_paid");
                    String paid = amount == null ? "" : " " + Formats.rupiah(amount);
                    String what = switch (rs.getString("kind")) {
                        case "WORKERS_REGISTERED" -> "bukti pendaftaran " + rs.getInt("workers_registered") + " pekerja";
                        case "DATA_COMPLETED" -> "bukti penyampaian data pekerja, anggota keluarga, dan upah yang lengkap";
                        case "ARREARS_PAID" -> "bukti pembayaran tunggakan iuran" + paid;
                        case "FINE_PAID" -> "bukti pembayaran denda" + paid;
                        case "INSTALMENT_PAID" -> "bukti pembayaran angsuran" + paid;
                        default -> "bukti " + rs.getString("kind");
                    };
                    String reference = rs.getString("reference");
                    return "- " + what + (reference == null || reference.isBlank() ? "" : ", " + reference)
                            + ", tanggal " + Formats.date(rs.getObject("compliance_date", java.time.LocalDate.class));
                }).list();
    }

    private String employerDistrict(String caseNumber) {
        return jdbc.sql("SELECT employer_district FROM enforcement_case WHERE case_number = ?").param(caseNumber)
                .query(String.class).optional().orElse(null);
    }

    private LetterRequest addressed(LetterKind kind, EnforcementCase c, EnforcementCaseProcess.Variables variables,
                                    Map<String, String> fields, District district, Office office) {
        if (office != null) {
            return new LetterRequest(c.caseNumber(), kind, office.name(), office.email(), fields);
        }
        return switch (kind) {
            case SERVICE_WITHHOLDING_REQUEST, SANCTION_LIFTING_REQUEST ->
                    new LetterRequest(c.caseNumber(), kind, district.licensing().name(), district.licensing().email(), fields);
            case LABOUR_OFFICE_NOTICE ->
                    new LetterRequest(c.caseNumber(), kind, district.labour().name(), district.labour().email(), fields);
            case SKK_COVER_LETTER, SUIT_INSTRUCTION, INSTALMENT_DEFAULT_REPORT -> {
                var prosecutor = offices.prosecutor(variables.prosecutorOffice()).orElseThrow(() ->
                        new IllegalStateException("Unknown prosecutor's office " + variables.prosecutorOffice()));
                fields.put("prosecutorName", prosecutor.name());
                yield new LetterRequest(c.caseNumber(), kind, prosecutor.name(), prosecutor.email(), fields);
            }
            default -> new LetterRequest(c.caseNumber(), kind, c.employerName(), c.employerEmail(), fields);
        };
    }

    private static String describe(ViolationType type) {
        return switch (type) {
            case UNREGISTERED -> "belum mendaftarkan pekerja sebagai peserta Program JKN";
            case PARTIALLY_REGISTERED -> "baru mendaftarkan sebagian pekerja, anggota keluarga, atau upahnya dalam Program JKN";
            case CONTRIBUTION_ARREARS -> "menunggak pembayaran iuran Program JKN";
        };
    }
}
