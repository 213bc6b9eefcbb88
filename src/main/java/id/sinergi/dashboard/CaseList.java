package id.sinergi.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A page of the cases or agreements behind a dashboard figure, newest first. */
@Schema(name = "StaffCaseList", description = "A page of the branch's enforcement cases, newest first (reported_at, then case id)")
record CaseList(
        @Schema(description = "The cases of this page") List<Row> cases,
        @Schema(description = "The page size asked for") int size,
        @Schema(description = "Where the rest of the list is") Links links) {

    @Schema(name = "StaffCaseListRow", description = "One enforcement case of the list")
    record Row(
            @Schema(description = "Case number", example = "ENF-2026-000017") String caseId,
            @Schema(description = "The employer's name (personal data; the read is recorded)") String employerName,
            @Schema(description = "Stage code", example = "WARNING_1") String stage,
            @Schema(description = "The stage's Indonesian name", example = "Surat Teguran I") String stageName,
            @Schema(description = "The route the DMN enforcement-route gave the case (OUTREACH, INSPECTION), null before "
                    + "it is decided or when routed before the register kept it", nullable = true) String route,
            @Schema(description = "OPEN, CLOSED or CANCELLED") String status,
            @Schema(description = "When the case was reported") OffsetDateTime reportedAt,
            @Schema(description = "When the case was closed or cancelled", nullable = true) OffsetDateTime closedAt,
            @Schema(description = "The case's process instance", nullable = true) String processInstanceId,
            @Schema(description = "The case's pages in Cockpit") RowLinks links) {
    }

    @Schema(name = "StaffListRowLinks", description = "Where a listed case or agreement is shown in Cockpit")
    record RowLinks(
            @Schema(description = "The case or agreement file in Cockpit") String caseFile,
            @Schema(description = "Cockpit's view of the process instance", nullable = true) String cockpitInstance) {
    }

    @Schema(name = "StaffListLinks", description = "Links of a staff list page")
    record Links(
            @Schema(description = "The next page, absent on the last", nullable = true) String next) {
    }

    /** A page of the agreements behind a dashboard figure. */
    @Schema(name = "StaffAgreementList", description = "A page of the branch's agreements, newest first (created_at, then id)")
    record Agreements(
            @Schema(description = "The agreements of this page") List<AgreementRow> agreements,
            @Schema(description = "The page size asked for") int size,
            @Schema(description = "Where the rest of the list is") Links links) {
    }

    @Schema(name = "StaffAgreementListRow", description = "One agreement of the list")
    record AgreementRow(
            @Schema(description = "Agreement id (draft reference)", example = "AGR-2026-0007") String agreementId,
            @Schema(description = "Registered agreement number, null before registration", nullable = true) String number,
            @Schema(description = "Title") String title,
            @Schema(description = "The partner's name") String partnerName,
            @Schema(description = "Stage code", example = "ACTIVE") String stage,
            @Schema(description = "The stage's Indonesian name", example = "Berlaku") String stageName,
            @Schema(description = "OPEN, ENDED or CANCELLED") String status,
            @Schema(description = "Last day in force, null before signing", nullable = true) LocalDate endDate,
            @Schema(description = "The agreement's process instance", nullable = true) String processInstanceId,
            @Schema(description = "The agreement's pages in Cockpit") RowLinks links) {
    }
}
