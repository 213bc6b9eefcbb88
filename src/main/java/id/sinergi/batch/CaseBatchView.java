package id.sinergi.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.enforcement.CaseReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** A bulk report as the agency sees it: where it stands and, page by page, what became of each report. */
@Schema(name = "EnforcementCaseBatch", description = "A bulk report of an agency: its progress and the outcome of each report")
record CaseBatchView(
        @Schema(description = "Batch id", example = "BAT-2026-000001") String batchId,
        @Schema(description = "PROCESSING while reports are left, COMPLETED when every report has its outcome") String status,
        @Schema(description = "How the reports were sent: JSON or CSV") String format,
        @Schema(description = "When the batch was accepted") OffsetDateTime submittedAt,
        @Schema(description = "When its last report was processed; null while processing", nullable = true) OffsetDateTime finishedAt,
        @Schema(description = "Reports in the batch") int total,
        @Schema(description = "Reports processed so far") int processed,
        @Schema(description = "Reports that opened a case") int created,
        @Schema(description = "Reports whose employer already has an open case for the violation (also one opened by an "
                + "earlier report of the same batch)") int duplicate,
        @Schema(description = "Reports refused, each with the field and reason") int invalid,
        @Schema(description = "Processed reports in batch order, from the row after `after`; at most `size` of them") List<Row> rows,
        @Schema(description = "Links to this batch, its next page of rows and the cases") Links links) {

    @Schema(name = "EnforcementCaseBatchRow", description = "What became of one report of the batch")
    record Row(
            @Schema(description = "The report's position in the batch, from 1 (in CSV the first line after the header is 1)")
            int row,
            @Schema(description = "CREATED, DUPLICATE or INVALID") String outcome,
            @Schema(description = "CREATED: the case opened; DUPLICATE: the open case of this employer and violation; "
                    + "null when INVALID", nullable = true, example = "ENF-2026-000123") String caseId,
            @Schema(description = "INVALID: the field at fault, as the JSON report names it (employer.nib) or the CSV "
                    + "column (size_class); null otherwise", nullable = true) String field,
            @Schema(description = "INVALID or DUPLICATE: why", nullable = true) String reason) {
    }

    @Schema(name = "EnforcementCaseBatchLinks", description = "Links of a batch")
    record Links(
            @Schema(description = "This batch (first page of rows)") String self,
            @Schema(description = "The next page of rows; null on the last page or while no more rows are processed",
                    nullable = true) String next,
            @Schema(description = "The agency's cases, where the created ones are listed") String cases) {
    }

    /** A batch in the agency's list: where it stands, without its rows (follow {@code self} for them). */
    @Schema(name = "EnforcementCaseBatchSummary", description = "A bulk report in the agency's list: its progress; its rows at `self`")
    record Summary(
            @Schema(description = "Batch id", example = "BAT-2026-000001") String batchId,
            @Schema(description = "PROCESSING or COMPLETED") String status,
            @Schema(description = "JSON or CSV") String format,
            @Schema(description = "When the batch was accepted") OffsetDateTime submittedAt,
            @Schema(description = "When its last report was processed; null while processing", nullable = true) OffsetDateTime finishedAt,
            @Schema(description = "Reports in the batch") int total,
            @Schema(description = "Reports processed so far") int processed,
            @Schema(description = "Reports that opened a case") int created,
            @Schema(description = "Reports whose employer already had an open case for the violation") int duplicate,
            @Schema(description = "Reports refused") int invalid,
            @Schema(description = "The batch with its rows", example = "/api/v1/enforcement-case-batches/BAT-2026-000001") String self) {
    }

    /** One page of the agency's batches, newest first. */
    @Schema(name = "EnforcementCaseBatchPage", description = "One page of the agency's bulk reports, newest first")
    record Page(@Schema(description = "The batches on this page") List<Summary> items,
                @Schema(description = "Page size asked for; the last page may hold fewer") int size,
                @Schema(description = "Batches matching the filter, counted on the first page only (absent after it) and no "
                        + "further than 1,000: see totalIsLowerBound", nullable = true)
                @JsonInclude(JsonInclude.Include.NON_NULL) Long totalItems,
                @Schema(description = "true when totalItems stopped at its cap of 1,000; absent with totalItems", nullable = true)
                @JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalIsLowerBound,
                @Schema(description = "Links to follow from this page") PageLinks links) {
    }

    /** Where to go from a page of batches, as from a page of cases or agreements. */
    @Schema(name = "EnforcementCaseBatchPageLinks", description = "Links to follow from a page of batches")
    record PageLinks(@Schema(description = "The next page, with the same filter and size and a cursor after this page's "
                             + "last batch; absent on the last page", nullable = true)
                     @JsonInclude(JsonInclude.Include.NON_NULL) String next) {
    }

    /** The JSON body of a bulk report (documentation only: the controller reads the body itself). */
    @Schema(name = "EnforcementCaseBatchRequest", description = "Up to 10,000 reports, each as the body of POST /api/v1/enforcement-cases")
    record Request(@Schema(description = "The reports, 1 to 10,000; each is judged on its own") List<CaseReport> reports) {
    }
}
