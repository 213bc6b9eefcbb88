package id.sinergi.enforcement;

import static id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks one case up the ladder on the real engine the way staff and time would: completing tasks,
 * running the asynchronous letter jobs, and firing timers by executing their jobs (no sleeping).
 */
class EnforcementCaseDriver {

    private static final AtomicLong NIB = new AtomicLong(9_120_000_000_000L + (System.nanoTime() % 1_000_000) * 100);

    final String caseNumber;
    final String processInstanceId;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    private EnforcementCaseDriver(EnforcementCase opened, ProcessEngine engine) {
        this.caseNumber = opened.caseNumber();
        this.processInstanceId = opened.processInstanceId();
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
    }

    static CaseReport report(SizeClass size, ViolationType type, int workers, long arrears, int months) {
        String nib = Long.toString(NIB.incrementAndGet());
        return new CaseReport(
                new CaseReport.Employer(nib, "01234567890" + nib.substring(9), "PT Uji Coba " + nib.substring(9) + " Tbk.",
                        "Jl. Uji No. 1, Batang", "hrd" + nib.substring(9) + "@ujicoba.example", size),
                new CaseReport.Violation(type, workers, BigDecimal.valueOf(arrears), months, "uji"), "REF-" + nib);
    }

    /** A small employer with few workers: the DMN sends it to outreach first. */
    static CaseReport smallEmployer() {
        return report(SizeClass.SMALL, ViolationType.UNREGISTERED, 12, 4_320_000, 3);
    }

    static EnforcementCaseDriver open(EnforcementCaseService service, ProcessEngine engine, CaseReport report) {
        return new EnforcementCaseDriver(service.report(report, "Disnaker Kabupaten Batang"), engine);
    }

    Task task(String taskDefinitionKey) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
        assertThat(task).as("open task %s", taskDefinitionKey).isNotNull();
        return task;
    }

    EnforcementCaseDriver complete(String taskDefinitionKey, Map<String, Object> variables) {
        tasks.complete(task(taskDefinitionKey).getId(), variables);
        return runJobs();
    }

    /** Runs the asynchronous continuations (letters) that are due, until none is left. */
    EnforcementCaseDriver runJobs() {
        for (int round = 0; round < 20; round++) {
            var jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
            if (jobs.isEmpty()) {
                return this;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep appearing for " + caseNumber);
    }

    Job timer(String activityId) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(activityId).singleResult();
        assertThat(timer).as("timer %s", activityId).isNotNull();
        return timer;
    }

    EnforcementCaseDriver fireTimer(String activityId) {
        management.executeJob(timer(activityId).getId());
        return runJobs();
    }

    Object variable(String name) {
        return runtime.getVariable(processInstanceId, name);
    }

    String stage() {
        return (String) variable(EnforcementCaseProcess.Vars.STAGE);
    }

    // ---- the steps, as staff would take them ----------------------------------------------------

    EnforcementCaseDriver acceptTriage() {
        return complete(Elements.TRIAGE, Map.of("triageDecision", "ACCEPT", "triageNotes", "berdasar"));
    }

    EnforcementCaseDriver employerAbsent() {
        return complete(Elements.RECORD_INSPECTION, Map.of("employerAttended", false));
    }

    EnforcementCaseDriver inspectionHeld(int workers, long arrears, int months) {
        return complete(Elements.RECORD_INSPECTION, Map.of("employerAttended", true, "foundWorkers", workers,
                "foundArrearsAmount", arrears, "foundMonthsInArrears", months));
    }

    EnforcementCaseDriver finalReport(long arrears, int months) {
        fireTimer(Elements.RESULTS_ANSWER_WINDOW_EXPIRED);
        return complete(Elements.FINALIZE_INSPECTION_REPORT, Map.of("employerAnswered", false,
                "finalArrearsAmount", arrears, "finalMonthsInArrears", months));
    }

    EnforcementCaseDriver prepareSkk(String prosecutorOffice) {
        return complete(Elements.PREPARE_SKK, Map.of("prosecutorOffice", prosecutorOffice, "skkNotes", "tagih tunggakan"));
    }

    EnforcementCaseDriver decideSkk(String decision) {
        return complete(Elements.APPROVE_SKK, Map.of("skkDecision", decision, "skkReviewNotes", "catatan"));
    }

    EnforcementCaseDriver prosecutorOutcome(String outcome) {
        return complete(Elements.RECORD_PROSECUTOR_OUTCOME, Map.of("prosecutorOutcome", outcome));
    }

    EnforcementCaseDriver employerComplied(EnforcementCaseService service) {
        service.reportCompliance(caseNumber, new ComplianceReport(ComplianceKind.WORKERS_REGISTERED,
                java.time.LocalDate.now(), BigDecimal.ZERO, 12, "BUKTI-01"));
        return this;
    }

    EnforcementCaseDriver verifyCompliance(String decision) {
        return complete(Elements.VERIFY_COMPLIANCE, Map.of("verificationDecision", decision));
    }

    /** Drives a small-employer case (outreach route) until it stands at the given stage. */
    EnforcementCaseDriver advanceTo(Stage target) {
        Map<Stage, Runnable> steps = new HashMap<>();
        steps.put(Stage.OUTREACH, this::acceptTriage);
        steps.put(Stage.INSPECTION, () -> fireTimer(Elements.OUTREACH_PERIOD_EXPIRED));
        steps.put(Stage.WARNING_1, () -> {
            inspectionHeld(12, 4_320_000, 3);
            finalReport(4_320_000, 3);
        });
        steps.put(Stage.WARNING_2, () -> fireTimer(Elements.FIRST_WARNING_EXPIRED));
        steps.put(Stage.FINE, () -> fireTimer(Elements.SECOND_WARNING_EXPIRED));
        steps.put(Stage.SERVICE_SANCTION, () -> fireTimer(Elements.FINE_PERIOD_EXPIRED));
        steps.put(Stage.PROSECUTOR, () -> fireTimer(Elements.SERVICE_SANCTION_PERIOD_EXPIRED));
        for (Stage stage : Stage.values()) {
            if (stage.ordinal() > target.ordinal()) {
                break;
            }
            if (steps.containsKey(stage)) {
                steps.get(stage).run();
            }
            assertThat(stage()).as("stage after stepping to %s", stage).isEqualTo(stage.name());
        }
        return this;
    }
}
