package id.sinergi.enforcement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Compliance reports as records: one row per report, PENDING until its own verification task decides
 * it. The verification's end events call {@link #decide} (as {@code complianceReports}) with the outcome.
 */
@Repository("complianceReports")
public class ComplianceReports {

    static final String PENDING = "PENDING";
    static final String VERIFIED = "VERIFIED";
    static final String REJECTED = "REJECTED";
    /** Left undecided because the verification was cut short: the case ended, or its wait was met, another way. */
    static final String SUPERSEDED = "SUPERSEDED";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    ComplianceReports(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Stored(String id, String caseNumber, String reportingAgency, String kind, String reference, String status) {
    }

    String insert(String caseNumber, String reportingAgency, ComplianceReport report, String idempotencyKey,
                  OffsetDateTime receivedAt) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO compliance_report (id, case_number, reporting_agency, kind, compliance_date, amount_paid,
                    workers_registered, reference, idempotency_key, status, received_at, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, caseNumber, reportingAgency, report.kind().name(), report.date(), report.amountPaid(),
                        report.workersRegistered(), report.reference(), idempotencyKey, PENDING, receivedAt,
                        // Where the ledger entry came from: a partner agency through the API, or staff.
                        reportingAgency != null ? "AGENCY" : "STAFF")
                .update();
        return id;
    }

    /** The officer who entered a report at the branch. */
    void recordedBy(String reportId, String officer) {
        jdbc.sql("UPDATE compliance_report SET recorded_by = ? WHERE id = ?").params(officer, reportId).update();
    }

    /**
     * A verification task opens without an earlier verification's decision and notes: they are submitted onto the
     * process instance, where the form would show them and a report decided without notes would be given them.
     */
    public void verificationOpened(DelegateTask task) {
        clearSubmitted(task);
    }

    /**
     * Keeps the officer's decision and notes with this verification: on its own scope (the event subprocess instance
     * its report started), where the gateway after the task and {@link #decide} read them, and off the process
     * instance, where the next verification would find them.
     */
    public void verificationDecided(DelegateTask task) {
        // What this completion submitted, not what sits on the process instance (a draft saved on another verification).
        var submitted = id.sinergi.system.TaskSubmissions.of(task.getId());
        Object decision = submitted.isPresent() ? submitted.get().get(EnforcementCaseProcess.Vars.VERIFICATION_DECISION)
                : task.getVariable(EnforcementCaseProcess.Vars.VERIFICATION_DECISION);
        Object notes = submitted.isPresent() ? submitted.get().get(EnforcementCaseProcess.Vars.VERIFICATION_NOTES)
                : task.getVariable(EnforcementCaseProcess.Vars.VERIFICATION_NOTES);
        clearSubmitted(task);
        task.getExecution().setVariableLocal(EnforcementCaseProcess.Vars.VERIFICATION_DECISION, decision);
        task.getExecution().setVariableLocal(EnforcementCaseProcess.Vars.VERIFICATION_NOTES, notes);
    }

    private static void clearSubmitted(DelegateTask task) {
        var instance = task.getExecution().getProcessInstance();
        instance.setVariableLocal(EnforcementCaseProcess.Vars.VERIFICATION_DECISION, null);
        instance.setVariableLocal(EnforcementCaseProcess.Vars.VERIFICATION_NOTES, null);
    }

    /**
     * A verification deleted undecided (the case closed, or the wait for its registration was met, another way): its
     * report is SUPERSEDED, so an agency does not see it pending on a case nobody will verify it on any more.
     */
    public void verificationDropped(DelegateTask task) {
        Object id = task.getExecution().getVariable(EnforcementCaseProcess.Vars.COMPLIANCE_REPORT_ID);
        if (id != null) {
            supersede("id = ?", id);
        }
    }

    /** Every report of a case still pending when the case was cancelled (Cockpit skips the tasks' listeners). */
    void supersedePending(String caseNumber) {
        supersede("case_number = ?", caseNumber);
    }

    private void supersede(String which, Object key) {
        jdbc.sql("UPDATE compliance_report SET status = ?, decided_at = ?, decision_notes = ? WHERE " + which + " AND status = ?")
                .params(SUPERSEDED, OffsetDateTime.now(clock),
                        "Tidak diverifikasi lagi: kasus telah selesai atau kewajibannya telah terpenuhi", key, PENDING).update();
    }

    /**
     * Called when a verification ends: VERIFIED or REJECTED for the report this verification holds, with
     * when, by whom (the officer who completed the task) and why (the verification notes).
     */
    public void decide(DelegateExecution execution, String status) {
        Object id = execution.getVariable(EnforcementCaseProcess.Vars.COMPLIANCE_REPORT_ID);
        if (id != null) {
            var user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            Object notes = execution.getVariable(EnforcementCaseProcess.Vars.VERIFICATION_NOTES);
            jdbc.sql("""
                    UPDATE compliance_report SET status = ?, decided_at = ?, decided_by = ?, decision_notes = ? WHERE id = ?
                    """).params(status, OffsetDateTime.now(clock), user == null ? null : user.getUserId(),
                            notes == null ? null : notes.toString(), id).update();
        }
    }

    /** A report as the reporting agency sees it on the case: what was reported and how it was decided. */
    record Decided(String caseNumber, String id, String kind, java.time.LocalDate date, java.math.BigDecimal amountPaid,
                   Integer workersRegistered, String reference, String source, String status, OffsetDateTime decidedAt,
                   String decisionNotes) {
    }

    java.util.Map<String, List<Decided>> forCases(java.util.Collection<String> caseNumbers) {
        java.util.Map<String, List<Decided>> byCase = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT case_number, id, kind, compliance_date, amount_paid, workers_registered, reference, source, status,
                    decided_at, decision_notes FROM compliance_report WHERE case_number IN (:cases) ORDER BY received_at, id
                """).param("cases", caseNumbers)
                .query((rs, n) -> new Decided(rs.getString("case_number"), rs.getString("id"), rs.getString("kind"),
                        rs.getObject("compliance_date", java.time.LocalDate.class), rs.getBigDecimal("amount_paid"),
                        rs.getObject("workers_registered", Integer.class), rs.getString("reference"), rs.getString("source"),
                        rs.getString("status"), rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_notes")))
                .list().forEach(d -> byCase.computeIfAbsent(d.caseNumber(), k -> new java.util.ArrayList<>()).add(d));
        return byCase;
    }

    List<Stored> forCase(String caseNumber) {
        return jdbc.sql("""
                SELECT id, case_number, reporting_agency, kind, reference, status FROM compliance_report
                WHERE case_number = ? ORDER BY received_at, id
                """).param(caseNumber)
                .query((rs, n) -> new Stored(rs.getString("id"), rs.getString("case_number"),
                        rs.getString("reporting_agency"), rs.getString("kind"), rs.getString("reference"),
                        rs.getString("status")))
                .list();
    }
}
