package id.sinergi.matching;

import id.sinergi.enforcement.CaseReport;
import id.sinergi.enforcement.EnforcementCaseService;
import id.sinergi.enforcement.ReportSource;
import id.sinergi.system.Hashes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One chunk of an import, as one job of the engine's job executor (the model loops until no line is
 * left). Each line opens a case through the same service as an agency's report, or is recorded as a
 * duplicate or invalid with the column and reason; the chunk's cases and results commit together, so a
 * crash repeats the chunk from its first unrecorded line and nothing is opened twice.
 */
@Component("importMatchingRows")
class ImportMatchingRowsDelegate implements JavaDelegate {

    private final MatchingImports imports;
    private final EnforcementCaseService cases;
    private final MatchingSettings settings;
    private final Clock clock;

    ImportMatchingRowsDelegate(MatchingImports imports, EnforcementCaseService cases, MatchingSettings settings, Clock clock) {
        this.imports = imports;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String importId = DataMatching.importId(execution);
        String uploadedBy = (String) execution.getVariable(DataMatching.Vars.UPLOADED_BY);
        for (var pending : imports.pending(importId, settings.chunkSize())) {
            importLine(importId, uploadedBy, MatchingFile.Line.fromRaw(pending.rowNo(), pending.rawLine()));
        }
        DataMatching.showProgress(execution, imports.recount(importId, OffsetDateTime.now(clock)));
    }

    private void importLine(String importId, String uploadedBy, MatchingFile.Line line) {
        String nib = line.value("nib");
        String storedNib = nib.matches("\\d{13}") ? nib : null;
        var parsed = MatchingRowReport.parse(line);
        if (parsed.report() == null) {
            imports.record(importId, line.rowNo(), storedNib, null, MatchingImports.Result.INVALID, null, parsed.column(), parsed.reason());
            return;
        }
        CaseReport report = parsed.report();
        String rowKey = Hashes.sha256((report.employer().nib() + "|" + report.violation().type() + "|"
                + (report.reference() == null ? line.raw() : report.reference())).getBytes(StandardCharsets.UTF_8));
        var earlier = imports.createdBefore(rowKey);
        if (earlier.isPresent()) {
            // The same line of the same run, uploaded again: it opened its case then, and opens nothing now.
            imports.record(importId, line.rowNo(), storedNib, rowKey, MatchingImports.Result.DUPLICATE, earlier.get().caseNumber(),
                    "reference", "already imported: %s line %d opened case %s".formatted(earlier.get().importId(),
                            earlier.get().rowNo(), earlier.get().caseNumber()));
            return;
        }
        String reportedBy = "BPJS Kesehatan Kantor Cabang (pemadanan %s, %s)".formatted(importId, uploadedBy);
        var reporting = cases.reportUnlessRefused(report, reportedBy.length() <= 200 ? reportedBy : reportedBy.substring(0, 199) + ")",
                null, ReportSource.DATA_MATCHING, null);
        if (reporting.refused() != null) {
            var refused = reporting.refused();
            imports.record(importId, line.rowNo(), storedNib, rowKey,
                    refused.isDuplicate() ? MatchingImports.Result.DUPLICATE : MatchingImports.Result.INVALID,
                    refused.openCaseNumber(), MatchingRowReport.COLUMN_OF.getOrDefault(refused.property(), refused.property()),
                    refused.reason());
            return;
        }
        var opened = reporting.opened();
        imports.record(importId, line.rowNo(), storedNib, rowKey, MatchingImports.Result.CREATED, opened.caseNumber(), null, null);
    }
}
