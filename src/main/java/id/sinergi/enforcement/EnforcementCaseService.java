package id.sinergi.enforcement;

import static id.sinergi.enforcement.EnforcementCaseProcess.Vars;

import id.sinergi.system.Sequences;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens enforcement cases and delivers what happens outside the engine (compliance) to them. */
@Service
public class EnforcementCaseService {

    private static final String CASE_SEQUENCE = "enforcement-case";

    private final EnforcementCaseRepository cases;
    private final Sequences sequences;
    private final RuntimeService runtime;
    private final Validator validator;
    private final Clock clock;
    private final ComplianceReports complianceReports;

    EnforcementCaseService(EnforcementCaseRepository cases, Sequences sequences, RuntimeService runtime,
                           Validator validator, Clock clock, ComplianceReports complianceReports) {
        this.complianceReports = complianceReports;
        this.cases = cases;
        this.sequences = sequences;
        this.runtime = runtime;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Registers the case under the next case number and starts its process, in one transaction: either
     * both exist or neither does.
     */
    @Transactional
    public EnforcementCase report(CaseReport report, String reportedBy) {
        return report(report, reportedBy, (String) null);
    }

    /** As {@link #report(CaseReport, String)}, for a case reported by a partner agency through the API. */
    @Transactional
    public EnforcementCase report(CaseReport report, String reportedBy, String reportingAgency) {
        return report(report, reportedBy, reportingAgency, reportingAgency == null ? null : ReportSource.AGENCY_API, null);
    }

    /** As {@link #report(CaseReport, String)}, for a case the branch opens itself, from one of its sources. */
    @Transactional
    public EnforcementCase report(CaseReport report, String reportedBy, ReportSource source) {
        return report(report, reportedBy, null, source, null);
    }

    /**
     * As {@link #report(CaseReport, String, String)} for reports that share one transaction (a bulk chunk, a
     * group of API reports, a data-matching chunk): a report the register refuses (invalid, or a duplicate of
     * an open case) comes back as its {@link Refusal} and opens nothing, instead of an exception marking the
     * shared transaction for rollback. The case is numbered from a block reserved for the whole lot
     * ({@link #reserveCaseNumbers}; null draws one number); a used-up block, or a new year, draws as usual.
     */
    @Transactional
    public Reporting reportUnlessRefused(CaseReport report, String reportedBy, String reportingAgency, ReportSource source,
                                         Sequences.Block caseNumbers) {
        var violations = validator.validate(report);
        if (!violations.isEmpty()) {
            return new Reporting(null, firstViolation(violations));
        }
        return registerUnlessOpen(report, reportedBy, reportingAgency, source, caseNumbers);
    }

    /** What {@link #reportUnlessRefused} did: the case it opened, or why it opened none. */
    public record Reporting(EnforcementCase opened, Refusal refused) {
    }

    /** Case numbers for up to {@code count} cases of this year, drawn in one statement (bulk reports). */
    public Sequences.Block reserveCaseNumbers(int count) {
        return sequences.reserveUnique(CASE_SEQUENCE, LocalDate.now(clock).getYear(), count);
    }

    private static Refusal firstViolation(java.util.Set<? extends jakarta.validation.ConstraintViolation<?>> violations) {
        var first = violations.stream().min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
        return new Refusal(first.getPropertyPath().toString(), first.getMessage(), null);
    }

    /** A refused report: the property at fault and why, or the open case it duplicates. */
    public record Refusal(String property, String reason, String openCaseNumber) {
        public boolean isDuplicate() {
            return openCaseNumber != null;
        }

        static Refusal duplicateOf(String openCaseNumber) {
            return new Refusal("employer.nib", "case " + openCaseNumber + " is already open for this employer and violation",
                    openCaseNumber);
        }
    }

    private EnforcementCase report(CaseReport report, String reportedBy, String reportingAgency, ReportSource source,
                                   Sequences.Block caseNumbers) {
        var violations = validator.validate(report);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var reporting = registerUnlessOpen(report, reportedBy, reportingAgency, source, caseNumbers);
        if (reporting.refused() != null) {
            throw new DuplicateCaseException(reporting.refused().openCaseNumber());
        }
        return reporting.opened();
    }

    /**
     * Registers a valid report unless the employer has an open case of its violation: one indexed read of the
     * employer's cases answers both that and the routing rule's {@code priorCases}.
     */
    private Reporting registerUnlessOpen(CaseReport report, String reportedBy, String reportingAgency, ReportSource source,
                                         Sequences.Block caseNumbers) {
        var history = cases.employerHistory(report.employer().nib());
        var open = history.openCase(report.violation().type());
        if (open.isPresent()) {
            return new Reporting(null, Refusal.duplicateOf(open.get()));
        }
        return register(report, reportedBy, reportingAgency, source, caseNumbers, history.substantiated());
    }

    /**
     * Registers an admitted report and starts its process (the caller's transaction holds both); refused if a
     * concurrent report of the same employer and violation registered its case first (PostgreSQL).
     */
    private Reporting register(CaseReport report, String reportedBy, String reportingAgency, ReportSource source,
                               Sequences.Block caseNumbers, int priorCases) {
        var employer = report.employer();
        var violation = report.violation();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String caseNumber = nextCaseNumber(now.atZoneSameInstant(clock.getZone()).toLocalDate(), caseNumbers);
        var registered = new EnforcementCase(caseNumber, null, employer.nib(), employer.npwp(), employer.name(),
                employer.address(), employer.email(), employer.sizeClass(), violation.type(),
                violation.workersAffected(), violation.arrearsAmount(), violation.monthsInArrears(),
                violation.description(), reportedBy, report.reference(), Stage.TRIAGE, EnforcementCase.OPEN,
                null, now, null, reportingAgency, null);
        var keptOutBy = cases.insertUnlessOpen(registered, employer.district(), source);
        if (keptOutBy.isPresent()) {
            return new Reporting(null, Refusal.duplicateOf(keptOutBy.get()));
        }

        // The engine carries what routes the case and what its task cards show; the rest is in the register
        // (the forms read it there: CaseForms). Each variable costs three rows per start with history FULL (0.24 ms
        // of CPU per start in the benchmark), so none is set here that something else sets anyway: the stage and
        // its label are set by the triage task's stage listener, and the flags of a final summons sent and of
        // services withheld read as false until a delegate sets them.
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.CASE_NUMBER, caseNumber);
        variables.put(Vars.EMPLOYER_NAME, employer.name());
        variables.put(Vars.SIZE_CLASS, employer.sizeClass().name());
        variables.put(Vars.VIOLATION_TYPE, violation.type().name());
        variables.put(Vars.WORKERS_AFFECTED, violation.workersAffected());
        variables.put(Vars.ARREARS_AMOUNT, violation.arrearsAmount().longValueExact());
        variables.put(Vars.MONTHS_IN_ARREARS, violation.monthsInArrears());
        variables.put(Vars.PRIOR_CASES, priorCases);
        variables.put(Vars.PRIORITY, 50);
        variables.put(Vars.EMPLOYER_DISTRICT, employer.district());
        variables.put(Vars.CASE_OPENED_ON, now.atZoneSameInstant(clock.getZone()).toLocalDate().toString());
        var instance = runtime.startProcessInstanceByKey(EnforcementCaseProcess.KEY, caseNumber, variables);
        cases.attachProcess(caseNumber, instance.getId());
        return new Reporting(cases.find(caseNumber).orElseThrow(), null);
    }

    /** As {@link #reportCompliance(String, ComplianceReport, String, String)}, for a report staff enter. */
    @Transactional
    public String reportCompliance(String caseNumber, ComplianceReport report) {
        return reportCompliance(caseNumber, report, null, null);
    }

    /** As {@link #reportCompliance(String, ComplianceReport)}, naming the officer who entered it at the branch. */
    @Transactional
    public String reportCompliance(String caseNumber, ComplianceReport report, String recordedBy) {
        String reportId = reportCompliance(caseNumber, report, null, null);
        complianceReports.recordedBy(reportId, recordedBy);
        return reportId;
    }

    /**
     * Stores the report as its own record and delivers {@code EmployerComplied} to the case, in one
     * transaction; a verification task opens wherever the ladder stands. The report's facts are set
     * on that verification's own event subprocess instance, so two reports give two tasks that each show their
     * own report. A closed case has no subscription, so the engine refuses the message.
     *
     * @return the report's id
     */
    @Transactional
    public String reportCompliance(String caseNumber, ComplianceReport report, String reportingAgency, String idempotencyKey) {
        String reportId = complianceReports.insert(caseNumber, reportingAgency, report, idempotencyKey, OffsetDateTime.now(clock));
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.COMPLIANCE_REPORT_ID, reportId);
        variables.put(Vars.COMPLIANCE_KIND, report.kind().name());
        // Midnight in Jakarta, not in the JVM's zone: on a server east of Jakarta (WITA, WIT) the JVM's midnight is the
        // day before there, and forms show a date at any other hour with its time.
        variables.put(Vars.COMPLIANCE_DATE, id.sinergi.calendar.Zones.officeMidnight(report.date()));
        variables.put(Vars.AMOUNT_PAID, report.amountPaid() == null ? 0L : report.amountPaid().longValueExact());
        variables.put(Vars.WORKERS_REGISTERED, report.workersRegistered() == null ? 0 : report.workersRegistered());
        variables.put(Vars.COMPLIANCE_REFERENCE, report.reference());
        runtime.createMessageCorrelation(EnforcementCaseProcess.MESSAGE_EMPLOYER_COMPLIED)
                .processInstanceBusinessKey(caseNumber)
                // setVariablesLocal would land on the process instance (the execution that receives an event
                // subprocess's message); the triggered scope is the new event subprocess instance itself.
                .setVariablesToTriggeredScope(variables)
                .correlate();
        return reportId;
    }

    /**
     * A case number is an identifier, not an agenda entry: it is drawn and committed at once, so reports
     * never queue behind one another's whole opening; a report that then fails leaves its number unused.
     */
    private String nextCaseNumber(LocalDate today, Sequences.Block reserved) {
        var fromBlock = reserved == null ? OptionalLong.empty() : reserved.take(today.getYear());
        long next = fromBlock.isPresent() ? fromBlock.getAsLong() : sequences.nextUnique(CASE_SEQUENCE, today.getYear());
        return "ENF-%d-%06d".formatted(today.getYear(), next);
    }
}
