package id.sinergi.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.agency.ApiAudit;
import id.sinergi.agency.ApiCall;
import id.sinergi.enforcement.EnforcementCaseService;
import id.sinergi.enforcement.ReportSource;
import id.sinergi.matching.MatchingRowReport;
import id.sinergi.system.Sequences;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One chunk of a bulk report, as one job of the engine's job executor (the model loops until no report is
 * left). Each report opens a case through the same service and rules as a single report of the agency, or
 * is recorded as a duplicate (with the open case) or invalid (with the field and reason). The chunk's cases,
 * outcomes and audit records commit together, so a crash repeats the chunk and opens nothing twice.
 * <p>
 * The job is not exclusive and has a low priority (the model): after each chunk it goes back to acquisition, so
 * a bulk report never holds a job thread for its whole length while letters and deadlines wait behind it.
 */
@Component("reportBatchRows")
class ReportBatchRowsDelegate implements JavaDelegate {

    private final CaseBatches batches;
    private final EnforcementCaseService cases;
    private final ApiAudit audit;
    private final BatchSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    ReportBatchRowsDelegate(CaseBatches batches, EnforcementCaseService cases, ApiAudit audit, BatchSettings settings,
                            ObjectMapper json, Clock clock) {
        this.batches = batches;
        this.cases = cases;
        this.audit = audit;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var batch = batches.lock(CaseBatchProcess.batchId(execution)).orElseThrow();
        var rows = batches.pending(batch.batchId(), settings.chunkSize());
        // One draw of case numbers for the whole chunk, not one short transaction per case; the numbers of rows
        // refused or of a chunk rolled back stay unused (case numbers are identifiers, not an agenda).
        var caseNumbers = rows.isEmpty() ? null : cases.reserveCaseNumbers(rows.size());
        for (var pending : rows) {
            report(batch, pending, caseNumbers);
        }
        var counted = batches.recount(batch.batchId(), OffsetDateTime.now(clock));
        CaseBatchProcess.rowsRemaining(execution, counted.totalRows() - counted.processedRows());
    }

    private void report(CaseBatches.Batch batch, CaseBatches.Pending row, Sequences.Block caseNumbers) {
        if (row.reason() != null) {
            batches.record(batch.batchId(), row.rowNo(), null, CaseBatches.Outcome.INVALID, null, row.field(), row.reason());
            return;
        }
        var parsed = BatchRowReport.parse(batch.format(), row.rowNo(), row.payload(), json);
        if (parsed.report() == null) {
            batches.record(batch.batchId(), row.rowNo(), null, CaseBatches.Outcome.INVALID, null, parsed.column(), parsed.reason());
            return;
        }
        var report = parsed.report();
        var reporting = cases.reportUnlessRefused(report, batch.agencyName(), batch.agencyId(), ReportSource.AGENCY_API,
                caseNumbers);
        if (reporting.refused() != null) {
            var refused = reporting.refused();
            // Read only after validation: a report may lack its employer altogether (then INVALID, like any other).
            String nib = report.employer() != null && report.employer().nib() != null && report.employer().nib().matches("\\d{13}")
                    ? report.employer().nib() : null;
            String field = batch.format() == CaseBatches.Format.CSV
                    ? MatchingRowReport.COLUMN_OF.getOrDefault(refused.property(), refused.property()) : refused.property();
            batches.record(batch.batchId(), row.rowNo(), nib,
                    refused.isDuplicate() ? CaseBatches.Outcome.DUPLICATE : CaseBatches.Outcome.INVALID,
                    refused.openCaseNumber(), refused.isDuplicate() ? null : field, refused.reason());
            return;
        }
        var opened = reporting.opened();
        audit.record(new ApiCall(batch.agencyId(), batch.requestId(), "POST", CaseBatchService.PATH), opened.caseNumber(),
                "CASE_REPORTED", "batch %s row %d: violation %s, %d workers, reference %s".formatted(batch.batchId(), row.rowNo(),
                        report.violation().type(), report.violation().workersAffected(), report.reference()));
        batches.record(batch.batchId(), row.rowNo(), report.employer().nib(), CaseBatches.Outcome.CREATED, opened.caseNumber(), null, null);
    }
}
