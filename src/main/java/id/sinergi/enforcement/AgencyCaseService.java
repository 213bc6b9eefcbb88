package id.sinergi.enforcement;

import static id.sinergi.enforcement.EnforcementCaseProcess.Elements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.ApiAudit;
import id.sinergi.agency.ApiCall;
import id.sinergi.agency.IdempotencyKeys;
import id.sinergi.agency.Scope;
import id.sinergi.agreement.AgreementRepository;
import id.sinergi.notification.LetterRepository;
import id.sinergi.calendar.CalendarProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.CreatedTasks;
import id.sinergi.system.ListCursor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The enforcement case as partner agencies use it: what they may see and do, idempotent reporting and
 * the audit record of every change. The HTTP shape stays in {@link EnforcementCaseController}.
 */
@Service
class AgencyCaseService {

    private final EnforcementCaseService cases;
    private final EnforcementCaseRepository register;
    private final LetterRepository letters;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdempotencyKeys idempotency;
    private final ApiAudit audit;
    private final ObjectMapper json;
    private final AgreementRepository agreements;
    private final TransactionTemplate transaction;
    private final CaseSections sections;
    private final ComplianceReports complianceReports;
    private final ZoneId zone;
    private final ReportGroups groups;

    AgencyCaseService(EnforcementCaseService cases, EnforcementCaseRepository register, LetterRepository letters,
                      TaskService tasks, ManagementService management, IdempotencyKeys idempotency, ApiAudit audit,
                      ObjectMapper json, AgreementRepository agreements, PlatformTransactionManager transactions,
                      CaseSections sections, CalendarProperties calendar, ComplianceReports complianceReports,
                      ReportGroups groups) {
        this.groups = groups;
        this.transaction = new TransactionTemplate(transactions);
        this.complianceReports = complianceReports;
        this.sections = sections;
        this.zone = calendar.zone();
        this.agreements = agreements;
        this.cases = cases;
        this.register = register;
        this.letters = letters;
        this.tasks = tasks;
        this.management = management;
        this.idempotency = idempotency;
        this.audit = audit;
        this.json = json;
    }

    record Reported(CaseView view, boolean replayed) {
    }

    Reported report(AgencyClient agency, ApiCall call, CaseReport report, String idempotencyKey) {
        require(agency, Scope.REPORT_CASES, "report employers");
        if (!agreements.hasLiveAgreement(agency.agencyId())) {
            throw new ScopeMissingException("Agency " + agency.agencyId()
                    + " has no agreement in force with BPJS Kesehatan, so it cannot report employers.");
        }
        try {
            if (idempotencyKey == null) {
                // Without a key the report may share a transaction with others arriving at the same time; a
                // keyed one goes alone, since its claim may have to wait for another transaction to end.
                return new Reported(openedView(groups.open(new ReportGroups.Report(agency, call, report),
                        () -> transaction.execute(status -> open(agency, call, report)))), false);
            }
            var opened = new AtomicReference<CreatedTasks.Result<EnforcementCase>>();
            var outcome = idempotency.once(agency.agencyId(), idempotencyKey, canonical(report), () -> {
                opened.set(open(agency, call, report));
                return opened.get().value().caseNumber();
            });
            return outcome.replayed() ? new Reported(view(register.find(outcome.resourceId()).orElseThrow()), true)
                    : new Reported(openedView(opened.get()), false);
        } catch (DataIntegrityViolationException raced) {
            // Another report for the same employer and violation won the race for the open-case key. Looked
            // up after the rollback: PostgreSQL answers nothing more in a transaction that hit a duplicate key.
            throw register.findOpen(report.employer().nib(), report.violation().type())
                    .map(existing -> new DuplicateOpenCaseException(existing.caseNumber()))
                    .orElseThrow(() -> raced);
        }
    }

    /** The case, its process and the audit record of the report: one transaction, all or nothing. */
    private CreatedTasks.Result<EnforcementCase> open(AgencyClient agency, ApiCall call, CaseReport report) {
        CreatedTasks.Result<EnforcementCase> opened;
        try {
            opened = CreatedTasks.during(() -> cases.report(report, agency.name(), agency.agencyId()));
        } catch (DuplicateCaseException duplicate) {
            throw new DuplicateOpenCaseException(duplicate.existingCaseNumber());
        }
        recordReported(audit, call, report, opened.value().caseNumber());
        return opened;
    }

    /** The audit record of a report that opened a case: it answers 201 once its transaction commits. */
    static void recordReported(ApiAudit audit, ApiCall call, CaseReport report, String caseNumber) {
        audit.file(insertReported(audit, call, report, caseNumber), CREATED);
    }

    /** As {@link #recordReported}, for a report written on another thread: the caller's thread files the row. */
    static Long insertReported(ApiAudit audit, ApiCall call, CaseReport report, String caseNumber) {
        return audit.insert(call, caseNumber, "CASE_REPORTED", "violation %s, %d workers, reference %s".formatted(
                report.violation().type(), report.violation().workersAffected(), report.reference()), CREATED);
    }

    /** The status a report that opened a case answers. */
    static final int CREATED = 201;

    CaseView find(AgencyClient agency, String caseId) {
        return view(visible(agency, caseId));
    }

    /** How far the first page counts matching cases: exact below it, "at least" from it on. */
    static final int TOTAL_CAP = 1_000;
    /** How deep the deprecated {@code page} parameter may reach (page × size); beyond it only the cursor goes. */
    static final int MAX_PAGE_OFFSET = 1_000;

    /**
     * One page of the agency's cases, newest first, after the cursor's case (none: from the newest). A fixed
     * number of queries whatever the size: the register (one UNION ALL query), on the first page a capped
     * count, and {@link #views} for the page. {@code page} is the deprecated offset paging, capped at
     * {@link #MAX_PAGE_OFFSET} rows.
     */
    CaseView.Page list(AgencyClient agency, String status, Stage stage, String nib, String cursor, Integer page, int size) {
        if (cursor != null && page != null) {
            throw new InvalidFieldException("page", "must not be given with cursor: follow links.next");
        }
        if (page != null && (long) page * size > MAX_PAGE_OFFSET) {
            throw new InvalidFieldException("page", "reaches past the first " + MAX_PAGE_OFFSET
                    + " cases; follow links.next (cursor) instead");
        }
        var filter = new EnforcementCaseRepository.AgencyFilter(agency.agencyId(), status, stage, nib);
        EnforcementCaseRepository.ListKey after = null;
        if (cursor != null) {
            var position = ListCursor.decode(cursor);
            after = new EnforcementCaseRepository.ListKey(position.at(), position.id());
        }
        int skip = page == null ? 0 : page * size;
        var found = register.visibleTo(filter, after, skip + size + 1);
        var pageRows = found.stream().skip(skip).limit(size).toList();
        boolean more = found.size() > skip + size;
        Long total = null;
        Boolean totalIsLowerBound = null;
        if (cursor == null && (page == null || page == 0)) {
            long counted = register.countVisibleTo(filter, TOTAL_CAP);
            total = counted;
            totalIsLowerBound = counted >= TOTAL_CAP;
        }
        String next = null;
        if (more) {
            var last = pageRows.get(pageRows.size() - 1);
            next = nextLink(status, stage, nib, size, new ListCursor(last.reportedAt(), last.caseNumber()).encode());
        }
        return new CaseView.Page(views(pageRows), size, total, totalIsLowerBound, new CaseView.Links(next));
    }

    private static String nextLink(String status, Stage stage, String nib, int size, String cursor) {
        var link = org.springframework.web.util.UriComponentsBuilder.fromPath("/api/v1/enforcement-cases");
        if (status != null) {
            link.queryParam("status", status);
        }
        if (stage != null) {
            link.queryParam("stage", stage.name());
        }
        if (nib != null) {
            link.queryParam("nib", nib);
        }
        return link.queryParam("size", size).queryParam("cursor", cursor).build().toUriString();
    }

    record ComplianceReported(String reportId, boolean replayed) {
    }

    /**
     * Stores the report, opens its verification and writes the audit record in one transaction; with an
     * Idempotency-Key a retry answers the first report instead of opening a second verification.
     */
    ComplianceReported reportCompliance(AgencyClient agency, ApiCall call, String caseId, ComplianceReport report,
                                        String idempotencyKey) {
        EnforcementCase c = visible(agency, caseId);
        if (!c.isOpen()) {
            throw new CaseClosedException(c.caseNumber());
        }
        notBeforeReported(c, report.date());
        try {
            if (idempotencyKey == null) {
                return new ComplianceReported(transaction.execute(status -> deliverCompliance(agency, call, c, report, null)), false);
            }
            var outcome = idempotency.once(agency.agencyId(), idempotencyKey, canonical(new CanonicalCompliance(c.caseNumber(), report)),
                    () -> deliverCompliance(agency, call, c, report, idempotencyKey));
            return new ComplianceReported(outcome.resourceId(), outcome.replayed());
        } catch (MismatchingMessageCorrelationException closedMeanwhile) {
            throw new CaseClosedException(c.caseNumber());
        }
    }

    private String deliverCompliance(AgencyClient agency, ApiCall call, EnforcementCase c, ComplianceReport report,
                                     String idempotencyKey) {
        String reportId = cases.reportCompliance(c.caseNumber(), report, agency.agencyId(), idempotencyKey);
        audit.record(call, c.caseNumber(), "COMPLIANCE_REPORTED", "%s on %s, amount %s, workers %s, reference %s"
                .formatted(report.kind(), report.date(), report.amountPaid(), report.workersRegistered(), report.reference()));
        return reportId;
    }

    /** A record, so the same report for the same case always hashes the same. */
    private record CanonicalCompliance(String caseNumber, ComplianceReport report) {
    }

    void recordProsecutorOutcome(AgencyClient agency, ApiCall call, String caseId, ProsecutorOutcomeReport report) {
        require(agency, Scope.PROSECUTE, "record prosecutor outcomes");
        EnforcementCase c = visible(agency, caseId);
        if (!agency.agencyId().equals(c.prosecutorOffice())) {
            throw new CaseNotFoundException(caseId);
        }
        notBeforeReported(c, report.date());
        Task waiting = c.processInstanceId() == null ? null : tasks.createTaskQuery()
                .processInstanceId(c.processInstanceId()).taskDefinitionKey(Elements.RECORD_PROSECUTOR_OUTCOME)
                .singleResult();
        if (waiting == null) {
            throw new NotAwaitingOutcomeException(c.caseNumber());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(EnforcementCaseProcess.Vars.PROSECUTOR_OUTCOME, report.outcome().name());
        variables.put("recoveredAmount", report.recoveredAmount() == null ? 0L : report.recoveredAmount().longValueExact());
        variables.put("prosecutorOutcomeNotes", report.notes());
        variables.put("prosecutorOutcomeDate", id.sinergi.calendar.Zones.officeMidnight(report.date()));
        try {
            transaction.executeWithoutResult(status -> {
                tasks.complete(waiting.getId(), variables);
                audit.record(call, c.caseNumber(), "PROSECUTOR_OUTCOME_RECORDED", "%s on %s, recovered %s"
                        .formatted(report.outcome(), report.date(), report.recoveredAmount()));
            });
        } catch (RuntimeException failed) {
            // Another request recorded the outcome between our query and our completion. How the engine
            // trips over the vanished task varies with timing (not found, a null value, a null execution
            // inside TaskEntity.complete), so ask again instead of guessing from the exception's type.
            if (tasks.createTaskQuery().taskId(waiting.getId()).count() == 0) {
                throw new NotAwaitingOutcomeException(c.caseNumber());
            }
            throw failed;
        }
    }

    /** A case the agency may not see is answered exactly like one that does not exist. */
    private EnforcementCase visible(AgencyClient agency, String caseId) {
        return register.find(caseId)
                .filter(c -> c.visibleTo(agency.agencyId()))
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /**
     * Nothing on a case happened before the case began: a date before the day it was reported (in the
     * calendar's zone, Asia/Jakarta) is refused like any other invalid field.
     */
    private void notBeforeReported(EnforcementCase c, LocalDate date) {
        LocalDate reportedOn = c.reportedAt().atZoneSameInstant(zone).toLocalDate();
        if (date.isBefore(reportedOn)) {
            throw new InvalidFieldException("date", "must not be before " + reportedOn + ", the day case "
                    + c.caseNumber() + " was reported");
        }
    }

    private CaseView view(EnforcementCase c) {
        return views(List.of(c)).get(0);
    }

    /**
     * The view of a case this request just opened, from what opening it wrote and created: its one stage row
     * (entered when it was reported) and its first task's due date. Nothing else can exist yet (no letters,
     * reports or ladder), so nothing is queried. Should the model ever begin with something other than a user
     * task with a due date (a timer, an asynchronous step), the engine is asked, as for any other case.
     */
    private CaseView openedView(CreatedTasks.Result<EnforcementCase> opened) {
        EnforcementCase c = opened.value();
        var timeline = List.of(new CaseView.StageView(c.stage(), c.reportedAt()));
        OffsetDateTime due = c.processInstanceId() == null ? null : opened.earliestDue(c.processInstanceId())
                .orElseGet(() -> currentStepDue(List.of(c)).get(c.processInstanceId()));
        return view(c, timeline, due, CaseSections.Sections.NONE, List.of(), List.of());
    }

    /**
     * The views of a page of cases, in the given order, in a fixed number of queries whatever the page's
     * size: the ladder sections, timelines, letters and compliance reports of all the cases at once, and the
     * open tasks and timers of all their processes in one task query and one job query.
     */
    private List<CaseView> views(List<EnforcementCase> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        var numbers = page.stream().map(EnforcementCase::caseNumber).toList();
        var ladder = sections.of(numbers);
        var timelines = register.timelines(numbers);
        var issuedByCase = letters.forCases(numbers);
        var reportsByCase = complianceReports.forCases(numbers);
        var due = currentStepDue(page);
        return page.stream().map(c -> {
            var timeline = timelines.getOrDefault(c.caseNumber(), List.of()).stream()
                    .map(e -> new CaseView.StageView(e.stage(), e.enteredAt())).toList();
            var issued = issuedByCase.getOrDefault(c.caseNumber(), List.of()).stream()
                    .map(l -> new CaseView.LetterView(l.number(), l.kind().name(), l.isSent() ? "SENT" : "PENDING",
                            l.createdAt(), l.sentAt()))
                    .toList();
            var reports = reportsByCase.getOrDefault(c.caseNumber(), List.of()).stream()
                    .map(r -> new CaseView.ComplianceReportView(r.id(), ComplianceKind.valueOf(r.kind()), r.date(), r.amountPaid(),
                            r.workersRegistered(), r.reference(), r.source(), r.status(), r.decidedAt(), r.decisionNotes()))
                    .toList();
            return view(c, timeline, c.processInstanceId() == null ? null : due.get(c.processInstanceId()),
                    ladder.getOrDefault(c.caseNumber(), CaseSections.Sections.NONE), issued, reports);
        }).toList();
    }

    private static CaseView view(EnforcementCase c, List<CaseView.StageView> timeline, OffsetDateTime due, CaseSections.Sections s,
                                 List<CaseView.LetterView> issued, List<CaseView.ComplianceReportView> reports) {
        var employer = new CaseView.EmployerView(c.employerNib(), c.employerNpwp(), c.employerName(),
                c.employerAddress(), c.employerEmail(), c.sizeClass());
        var violation = new CaseView.ViolationView(c.violationType(), c.workersAffected(), c.arrearsAmount(),
                c.monthsInArrears(), c.description());
        return new CaseView(c.caseNumber(), c.status(), c.stage(), c.outcome(), due, c.reporterReference(),
                employer, violation, c.reportedAt(), c.closedAt(), timeline, issued, s.inspection(), s.fine(),
                s.instalmentPlan(), s.sanction(), s.court(), reports);
    }

    /** For each open case's process, the earliest due date among its open tasks and pending timers. */
    private Map<String, OffsetDateTime> currentStepDue(List<EnforcementCase> page) {
        var processes = page.stream().filter(c -> c.isOpen() && c.processInstanceId() != null)
                .map(EnforcementCase::processInstanceId).collect(java.util.stream.Collectors.toSet());
        Map<String, OffsetDateTime> earliest = new HashMap<>();
        if (processes.isEmpty()) {
            return earliest;
        }
        java.util.function.BiConsumer<String, Date> keep = (process, due) -> {
            if (due != null) {
                earliest.merge(process, due.toInstant().atOffset(ZoneOffset.UTC), (a, b) -> a.isBefore(b) ? a : b);
            }
        };
        tasks.createTaskQuery().processInstanceIdIn(processes.toArray(String[]::new)).list()
                .forEach(t -> keep.accept(t.getProcessInstanceId(), t.getDueDate()));
        management.createJobQuery().processInstanceIds(processes).timers().list()
                .forEach(j -> keep.accept(j.getProcessInstanceId(), j.getDuedate()));
        return earliest;
    }

    private byte[] canonical(Object report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(AgencyClient agency, Scope scope, String what) {
        if (!agency.may(scope)) {
            throw new ScopeMissingException("Agency " + agency.agencyId() + " may not " + what + ".");
        }
    }

    static class CaseNotFoundException extends ApiProblem {
        CaseNotFoundException(String caseId) {
            super(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                    "No enforcement case " + caseId + " exists for this agency.");
        }
    }

    /** A field valid on its own but not for this case; the same 400 shape as Bean Validation's. */
    static class InvalidFieldException extends ApiProblem {
        InvalidFieldException(String field, String message) {
            super(HttpStatus.BAD_REQUEST, "validation", "Invalid request", field + " " + message);
            with("errors", List.of(Map.of("field", field, "message", message)));
        }
    }

    static class CaseClosedException extends ApiProblem {
        CaseClosedException(String caseId) {
            super(HttpStatus.CONFLICT, "case-closed", "Case closed", "Case " + caseId + " is closed; it accepts no more reports.");
            with("caseId", caseId);
        }
    }

    static class NotAwaitingOutcomeException extends ApiProblem {
        NotAwaitingOutcomeException(String caseId) {
            super(HttpStatus.CONFLICT, "not-awaiting-outcome", "Not waiting for an outcome",
                    "Case " + caseId + " is not waiting for a prosecutor's outcome.");
            with("caseId", caseId);
        }
    }

    static class ScopeMissingException extends ApiProblem {
        ScopeMissingException(String message) {
            super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", message);
        }
    }

    static class DuplicateOpenCaseException extends ApiProblem {
        DuplicateOpenCaseException(String existingCaseId) {
            super(HttpStatus.CONFLICT, "duplicate-case", "Open case exists",
                    "An open case for this employer and violation type already exists: " + existingCaseId + ".");
            with("caseId", existingCaseId);
        }
    }
}
