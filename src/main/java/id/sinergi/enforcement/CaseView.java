package id.sinergi.enforcement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An enforcement case as a partner agency sees it through the API. */
@Schema(name = "EnforcementCase")
public record CaseView(
        @Schema(description = "Case number, also the process business key", example = "ENF-2026-000017") String caseId,
        @Schema(description = "OPEN or CLOSED") String status,
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
        @Schema(description = "Letters issued on the case, oldest first") List<LetterView> letters) {

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
    @Schema(name = "EnforcementCasePage", description = "One page of cases, newest first")
    public record Page(@Schema(description = "The cases on this page") List<CaseView> items,
                       @Schema(description = "Page number from 0") int page,
                       @Schema(description = "Page size") int size,
                       @Schema(description = "Cases matching the filter") long totalItems,
                       @Schema(description = "Pages at this size") int totalPages) {
    }
}
