package id.sinergi.enforcement;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An enforcement case as a partner agency sees it through the API. */
@Schema(name = "EnforcementCase")
public record CaseView(
        @Schema(description = "Case number, also the process business key", example = "ENF-2026-000017") String caseId,
        @Schema(description = "OPEN, CLOSED, or CANCELLED (its instance was cancelled by an operator)") String status,
        @Schema(description = "Where the case stands on the enforcement ladder") Stage stage,
        @Schema(description = "How the case ended; null while open", nullable = true) Outcome outcome,
        @Schema(description = "Due date of the current step (task or waiting period); null when nothing is pending",
                nullable = true) OffsetDateTime currentStepDue,
        @Schema(description = "The reporting agency's own reference", nullable = true) String reference,
        @Schema(description = "The employer as reported") EmployerView employer,
        @Schema(description = "The violation as reported") ViolationView violation,
        @Schema(description = "When the case was opened") OffsetDateTime reportedAt,
        @Schema(description = "When the case was closed; null while open", nullable = true) OffsetDateTime closedAt,
        @Schema(description = "Stages the case went through, oldest first") List<StageView> timeline,
        @Schema(description = "Letters issued on the case, oldest first") List<LetterView> letters,
        @Schema(description = "The inspection; null until one is scheduled", nullable = true) InspectionView inspection,
        @Schema(description = "The administrative fine; null unless one was imposed", nullable = true) FineView fine,
        @Schema(description = "The case's current instalment plan (its latest); null when none was signed",
                nullable = true) InstalmentPlanView instalmentPlan,
        @Schema(description = "The withholding of public services; null unless it was requested", nullable = true)
        SanctionView sanction,
        @Schema(description = "The court stage; null unless BPJS sued", nullable = true) CourtView court,
        @Schema(description = "Compliance reports on the case (from agencies or staff), oldest first, with how each "
                + "was verified") List<ComplianceReportView> complianceReports) {

    @Schema(description = "A compliance report and its verification")
    public record ComplianceReportView(
            @Schema(description = "The report's id") String reportId,
            @Schema(description = "What the employer did") ComplianceKind kind,
            @Schema(description = "When it was done") java.time.LocalDate date,
            @Schema(description = "Amount paid, in whole rupiah", nullable = true) BigDecimal amountPaid,
            @Schema(description = "Workers registered", nullable = true) Integer workersRegistered,
            @Schema(description = "Reference of the proof", nullable = true) String reference,
            @Schema(description = "AGENCY, STAFF or INSPECTION (a payment proved in the SPHP answer)", nullable = true) String source,
            @Schema(description = "PENDING until an officer decides it, then VERIFIED or REJECTED; SUPERSEDED when the case "
                    + "ended, or its obligation was met, another way before anyone verified it") String status,
            @Schema(description = "When it was decided", nullable = true) OffsetDateTime decidedAt,
            @Schema(description = "Why: the officer's verification notes", nullable = true) String decisionNotes) {
    }

    @Schema(description = "The inspection of the employer and what it established")
    public record InspectionView(
            @Schema(description = "When the inspection is (or was) held; null when it was not scheduled", nullable = true)
            OffsetDateTime scheduledAt,
            @Schema(description = "Where it is held", nullable = true) String place,
            @Schema(description = "Arrears the inspection established, in whole rupiah; null until established",
                    nullable = true) BigDecimal establishedArrears,
            @Schema(description = "Workers the inspection found; null until established", nullable = true)
            Integer workersFound) {
    }

    @Schema(description = "The administrative fine: 0.1% of the outstanding arrears, imposed once")
    public record FineView(
            @Schema(description = "The fine, in whole rupiah") BigDecimal amount,
            @Schema(description = "The outstanding arrears it was computed on, in whole rupiah", nullable = true)
            BigDecimal basis,
            @Schema(description = "When it was imposed", nullable = true) OffsetDateTime imposedAt,
            @Schema(description = "When it must be paid by; null until the fine period is set", nullable = true)
            OffsetDateTime dueAt,
            @Schema(description = "Paid so far, in whole rupiah: the verified FINE_PAID reports plus what verified "
                    + "instalments paid beyond the established arrears (instalments pay the arrears first), never more of the fine than "
                    + "the fine payments left of it; 0 when none")
            BigDecimal paidAmount,
            @Schema(description = "Date of the latest verified payment that counted toward the fine; null when nothing "
                    + "was paid", nullable = true) LocalDate paidAt) {
    }

    @Schema(description = "An instalment plan the employer signed")
    public record InstalmentPlanView(
            @Schema(description = "ACTIVE while it runs, PAID_OFF when every instalment was paid, DEFAULTED when the "
                    + "employer missed an instalment", allowableValues = {"ACTIVE", "PAID_OFF", "DEFAULTED"}) String status,
            @Schema(description = "Where on the ladder it was made", allowableValues = {"INSPECTION", "WARNING", "PROSECUTOR"})
            String madeAt,
            @Schema(description = "The total the plan pays, in whole rupiah") BigDecimal total,
            @Schema(description = "When the employer signed it") LocalDate signedOn,
            @Schema(description = "The instalments, in order") List<InstalmentView> instalments) {
    }

    @Schema(description = "One instalment of a plan")
    public record InstalmentView(
            @Schema(description = "When it is due") LocalDate dueDate,
            @Schema(description = "The amount due, in whole rupiah") BigDecimal amount,
            @Schema(description = "Paid so far, in whole rupiah") BigDecimal paidAmount,
            @Schema(description = "Date of the latest payment toward it; null while nothing was paid", nullable = true)
            LocalDate paidAt,
            @Schema(description = "Paid after its due date, or unpaid and past it (Asia/Jakarta calendar)") boolean late) {
    }

    @Schema(description = "The withholding of public services (sanksi tidak mendapat pelayanan publik tertentu)")
    public record SanctionView(
            @Schema(description = "When BPJS asked the licensing office to withhold services") OffsetDateTime requestedAt,
            @Schema(description = "The office asked (district licensing office)", nullable = true) String office,
            @Schema(description = "The office's decision; null while it has not decided", nullable = true,
                    allowableValues = {"IMPOSED", "REFUSED"}) String decision,
            @Schema(description = "The services withheld", nullable = true) String services,
            @Schema(description = "From when they are withheld", nullable = true) LocalDate effectiveFrom,
            @Schema(description = "When the withholding was lifted; null while in force or never imposed",
                    nullable = true) OffsetDateTime liftedAt) {
    }

    @Schema(description = "The suit BPJS filed")
    public record CourtView(
            @Schema(description = "SMALL_CLAIMS (gugatan sederhana, claim up to Rp500,000,000) or CIVIL_SUIT",
                    allowableValues = {"SMALL_CLAIMS", "CIVIL_SUIT"}) String kind,
            @Schema(description = "When it was filed", nullable = true) LocalDate filedAt,
            @Schema(description = "The judgment; null until given", nullable = true,
                    allowableValues = {"WON", "LOST", "SETTLED"}) String judgment) {
    }

    @Schema(description = "The employer as reported")
    public record EmployerView(@Schema(description = "NIB, 13 digits") String nib,
                               @Schema(description = "NPWP, 15 or 16 digits") String npwp,
                               @Schema(description = "Registered name") String name,
                               @Schema(description = "Address letters are sent to") String address,
                               @Schema(description = "Email letters are sent to") String email,
                               @Schema(description = "Business size class") SizeClass sizeClass) {
    }

    @Schema(description = "The violation as reported")
    public record ViolationView(@Schema(description = "Kind of violation") ViolationType type,
                                @Schema(description = "Workers affected") int workersAffected,
                                @Schema(description = "Arrears in whole rupiah") BigDecimal arrearsAmount,
                                @Schema(description = "Months in arrears") int monthsInArrears,
                                @Schema(description = "Short description", nullable = true) String description) {
    }

    @Schema(description = "A stage the case entered")
    public record StageView(@Schema(description = "The stage") Stage stage,
                            @Schema(description = "When the case entered it") OffsetDateTime enteredAt) {
    }

    @Schema(description = "A letter issued on the case")
    public record LetterView(@Schema(description = "Letter number (nomor surat)", example = "00012/TG1/PKL/XI/2026") String number,
                             @Schema(description = "Kind of letter, e.g. OUTREACH, SUMMONS, FIRST_WARNING") String kind,
                             @Schema(description = "PENDING until delivered, then SENT") String status,
                             @Schema(description = "When the letter was drawn up and numbered") OffsetDateTime issuedAt,
                             @Schema(description = "When it was delivered; null while pending", nullable = true) OffsetDateTime sentAt) {
    }

    /** One page of cases, newest first. */
    @Schema(name = "EnforcementCasePage", description = "One page of cases, newest first (reported_at, then case number)")
    public record Page(@Schema(description = "The cases on this page") List<CaseView> items,
                       @Schema(description = "Page size asked for; the last page may hold fewer") int size,
                       @Schema(description = "Cases matching the filter, counted on the first page only (absent on the "
                               + "pages after it) and no further than 1,000: see totalIsLowerBound", nullable = true)
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long totalItems,
                       @Schema(description = "true when totalItems stopped at its cap of 1,000: at least that many "
                               + "cases match; absent with totalItems", nullable = true)
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalIsLowerBound,
                       @Schema(description = "Links to follow from this page") Links links) {
    }

    /** Where to go from a page. */
    @Schema(name = "EnforcementCasePageLinks", description = "Links to follow from this page")
    public record Links(@Schema(description = "The next page, with the same filters and size and a cursor after this "
                                + "page's last case; absent on the last page", nullable = true)
                        @JsonInclude(JsonInclude.Include.NON_NULL) String next) {
    }
}
