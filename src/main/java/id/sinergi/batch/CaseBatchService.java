package id.sinergi.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.ApiAudit;
import id.sinergi.agency.ApiCall;
import id.sinergi.agency.IdempotencyKeys;
import id.sinergi.agency.Scope;
import id.sinergi.agreement.AgreementRepository;
import id.sinergi.calendar.Zones;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.ListCursor;
import id.sinergi.system.Sequences;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agencies' bulk reports: the same rules as a single report (scope, agreement in force, idempotency, audit),
 * but the request only stores the reports and starts their processing; the job executor opens the cases.
 */
@Service
class CaseBatchService {

    static final String PATH = "/api/v1/enforcement-case-batches";
    /** The first page of the list counts the agency's batches up to this many, never the whole history. */
    private static final int TOTAL_CAP = 1_000;

    private final CaseBatches batches;
    private final BatchSettings settings;
    private final IdempotencyKeys idempotency;
    private final ApiAudit audit;
    private final AgreementRepository agreements;
    private final Sequences sequences;
    private final RuntimeService runtime;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CaseBatchService(CaseBatches batches, BatchSettings settings, IdempotencyKeys idempotency, ApiAudit audit,
                     AgreementRepository agreements, Sequences sequences, @Lazy RuntimeService runtime, ObjectMapper json,
                     Clock clock, PlatformTransactionManager transactions) {
        this.batches = batches;
        this.settings = settings;
        this.idempotency = idempotency;
        this.audit = audit;
        this.agreements = agreements;
        this.sequences = sequences;
        this.runtime = runtime;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    record Submitted(CaseBatches.Batch batch, boolean replayed) {
    }

    Submitted submit(AgencyClient agency, ApiCall call, String contentType, byte[] body, String idempotencyKey) {
        if (!agency.may(Scope.REPORT_CASES)) {
            throw forbidden("Agency " + agency.agencyId() + " may not report employers.");
        }
        if (!agreements.hasLiveAgreement(agency.agencyId())) {
            throw forbidden("Agency " + agency.agencyId() + " has no agreement in force with BPJS Kesehatan, so it cannot report employers.");
        }
        var envelope = BatchEnvelope.read(contentType, body, settings.maxReports(), json);
        if (idempotencyKey == null) {
            String batchId = transaction.execute(status -> create(agency, call, envelope));
            return new Submitted(batches.find(batchId).orElseThrow(), false);
        }
        var outcome = idempotency.once(agency.agencyId(), idempotencyKey, envelope.canonical(), () -> create(agency, call, envelope));
        var batch = batches.find(outcome.resourceId()).filter(b -> b.agencyId().equals(agency.agencyId()))
                // The key was used for another kind of request (a single report): its resource is no batch.
                .orElseThrow(() -> new IdempotencyKeys.IdempotencyMismatchException());
        return new Submitted(batch, outcome.replayed());
    }

    /** The batch, its reports, its process and the audit record: one transaction, all or nothing. */
    private String create(AgencyClient agency, ApiCall call, BatchEnvelope.Parsed envelope) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int year = now.atZoneSameInstant(Zones.OFFICE).getYear();
        String batchId = "BAT-%d-%06d".formatted(year, sequences.nextUnique("case-batch", year));
        batches.insert(batchId, agency.agencyId(), agency.name(), call.requestId(), envelope.format(), now, envelope.rows());
        var instance = runtime.startProcessInstanceByKey(CaseBatchProcess.KEY, batchId, Map.of(CaseBatchProcess.Vars.BATCH_ID, batchId));
        batches.attachProcess(batchId, instance.getId());
        batches.recount(batchId, now);
        audit.record(call, null, "CASE_BATCH_SUBMITTED", "batch %s, %d reports as %s".formatted(batchId, envelope.rows().size(),
                envelope.format()));
        return batchId;
    }

    /** A batch another agency posted is answered exactly like one that does not exist. */
    CaseBatches.Batch visible(AgencyClient agency, String batchId) {
        return batches.find(batchId).filter(b -> b.agencyId().equals(agency.agencyId()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "batch-not-found", "Batch not found",
                        "No bulk report " + batchId + " exists for this agency."));
    }

    /** The agency's batches, newest first, a page at a time by cursor; the first page counts them up to 1,000. */
    CaseBatchView.Page list(AgencyClient agency, String status, String cursor, int size) {
        ListCursor after = cursor == null ? null : ListCursor.decode(cursor);
        var found = batches.ofAgency(agency.agencyId(), status, after, size + 1);
        var page = found.stream().limit(size).toList();
        Long total = null;
        Boolean lowerBound = null;
        if (after == null) {
            total = batches.countOfAgency(agency.agencyId(), status, TOTAL_CAP);
            lowerBound = total >= TOTAL_CAP;
        }
        String next = null;
        if (found.size() > size) {
            var last = page.get(page.size() - 1);
            next = PATH + "?" + (status == null ? "" : "status=" + status + "&") + "size=" + size
                    + "&cursor=" + new ListCursor(last.submittedAt(), last.batchId()).encode();
        }
        var items = page.stream().map(b -> new CaseBatchView.Summary(b.batchId(), b.status(), b.format().name(), b.submittedAt(),
                b.finishedAt(), b.totalRows(), b.processedRows(), b.createdCount(), b.duplicateCount(), b.invalidCount(),
                PATH + "/" + b.batchId())).toList();
        return new CaseBatchView.Page(items, size, total, lowerBound, new CaseBatchView.PageLinks(next));
    }

    CaseBatchView view(CaseBatches.Batch batch, int after, int size) {
        var found = batches.results(batch.batchId(), after, size + 1);
        var rows = found.stream().limit(size).map(r -> new CaseBatchView.Row(r.rowNo(), r.outcome(), r.caseNumber(), r.field(),
                r.reason())).toList();
        String self = PATH + "/" + batch.batchId();
        String next = found.size() > size ? self + "?after=" + rows.get(rows.size() - 1).row() + "&size=" + size : null;
        return new CaseBatchView(batch.batchId(), batch.status(), batch.format().name(), batch.submittedAt(), batch.finishedAt(),
                batch.totalRows(), batch.processedRows(), batch.createdCount(), batch.duplicateCount(), batch.invalidCount(), rows,
                new CaseBatchView.Links(self, next, "/api/v1/enforcement-cases"));
    }

    private static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }
}
