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

    /** Runs the asynchronous continuations (letters, instalment checks) that are due, until none is left. */
    EnforcementCaseDriver runJobs() {
        for (int round = 0; round < 20; round++) {
            var jobs = new java.util.ArrayList<Job>(management.createJobQuery().processInstanceId(processInstanceId).messages().active().list());
            String plan = planInstanceId();
            if (plan != null) {
                jobs.addAll(management.createJobQuery().processInstanceId(plan).messages().active().list());
            }
            if (jobs.isEmpty()) {
                return this;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep appearing for " + caseNumber);
    }

    /** The running instalment-plan instance called by this case, if any. */
    String planInstanceId() {
        var plan = runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).singleResult();
        if (plan == null) {
            // Called from the compliance event subprocess: the super execution is a child of the case.
            plan = runtime.createProcessInstanceQuery().processDefinitionKey(InstalmentPlanProcess.KEY)
                    .processInstanceBusinessKey(caseNumber).active().singleResult();
        }
        return plan == null ? null : plan.getId();
    }

    /** The officer enters the plan the employer signed today: n monthly instalments, the first in ten days. */
    EnforcementCaseDriver scheduleInstalments(int count) {
        return scheduleInstalments(count, TODAY, TODAY.plusDays(10));
    }

    /**
     * A plan signed 40 days ago whose first instalment fell due 30 days ago: its grace period has run out,
     * so the next check finds it in default without moving the clock.
     */
    EnforcementCaseDriver scheduleOverdueInstalments(int count) {
        return scheduleInstalments(count, TODAY.minusDays(40), TODAY.minusDays(30));
    }

    private EnforcementCaseDriver scheduleInstalments(int count, java.time.LocalDate signedOn, java.time.LocalDate firstDue) {
        Task task = tasks.createTaskQuery().processInstanceId(planInstanceId())
                .taskDefinitionKey(InstalmentPlanProcess.Elements.SCHEDULE_INSTALMENTS).singleResult();
        assertThat(task).as("instalment schedule task").isNotNull();
        tasks.complete(task.getId(), Map.of("instalmentCount", count, "firstDueDate", firstDue.toString(),
                "planSignedOn", signedOn.toString(), "planReference", "CICIL-" + caseNumber));
        return runJobs();
    }

    /** The plan's grace period for its next instalment runs out. */
    EnforcementCaseDriver instalmentGraceEnds() {
        Job timer = management.createJobQuery().processInstanceId(planInstanceId()).timers().singleResult();
        assertThat(timer).as("instalment check timer").isNotNull();
        management.executeJob(timer.getId());
        return runJobs();
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

    /** The inspector sets the appointment: tomorrow at nine at the branch office. */
    EnforcementCaseDriver scheduleInspection() {
        Map<String, Object> schedule = new HashMap<>(Map.of("inspectionDate", TOMORROW.toString(), "inspectionTime", "09:00",
                "inspectionPlace", "Kantor Cabang BPJS Kesehatan Pekalongan", "inspectionTeam", "Rina Wati, Budi Santoso"));
        if (Boolean.TRUE.equals(variable("jointInspection"))) {
            schedule.put("labourInspectors", "Agus Salim (Pengawas Ketenagakerjaan)");
        }
        return complete(Elements.SCHEDULE_INSPECTION, schedule);
    }

    static final java.time.LocalDate TODAY = java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE);
    static final java.time.LocalDate TOMORROW = java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE).plusDays(1);

    /** The employer stays away; after a first absence the inspector sets a new appointment. */
    EnforcementCaseDriver employerAbsent() {
        complete(Elements.RECORD_INSPECTION, Map.of("employerAttended", false));
        if (tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(Elements.SCHEDULE_INSPECTION).count() > 0) {
            scheduleInspection();
        }
        return this;
    }

    EnforcementCaseDriver inspectionHeld(int workers, long arrears, int months) {
        return complete(Elements.RECORD_INSPECTION, Map.of("employerAttended", true, "foundWorkers", workers,
                "foundArrearsAmount", arrears, "foundMonthsInArrears", months));
    }

    /** The SPHP answer window ends and the inspector records the employer's answer. */
    EnforcementCaseDriver answer(Map<String, Object> answer) {
        fireTimer(Elements.RESULTS_ANSWER_WINDOW_EXPIRED);
        return complete(Elements.RECORD_RESULTS_ANSWER, answer);
    }

    static Map<String, Object> paid(String answer, long amount) {
        return Map.of("sphpAnswer", answer, "answerPaidAmount", amount,
                "answerPaymentDate", java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE).toString(),
                "answerPaymentReference", "BUKTI-SPHP-1");
    }

    EnforcementCaseDriver lhpa(long arrears, int months) {
        return complete(Elements.FINALIZE_INSPECTION_REPORT, Map.of("finalArrearsAmount", arrears, "finalMonthsInArrears", months));
    }

    /** No answer to the SPHP: the LHPA establishes the given figures. */
    EnforcementCaseDriver finalReport(long arrears, int months) {
        return answer(Map.of("sphpAnswer", "NONE")).lhpa(arrears, months);
    }

    /** Fine period over: the branch picks the district when the report did not name one. */
    EnforcementCaseDriver finePeriodEnds() {
        fireTimer(Elements.FINE_PERIOD_EXPIRED);
        return chooseDistrictIfAsked();
    }

    EnforcementCaseDriver chooseDistrictIfAsked() {
        if (tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(Elements.CHOOSE_LICENSING_OFFICE).count() > 0) {
            complete(Elements.CHOOSE_LICENSING_OFFICE, Map.of("employerDistrict", "batang"));
        }
        return this;
    }

    EnforcementCaseDriver withholdingDecided(String decision) {
        Map<String, Object> values = new HashMap<>(Map.of("withholdingDecision", decision, "decisionReference", "503/DPMPTSP/2026"));
        if ("IMPOSED".equals(decision)) {
            values.putAll(Map.of("withholdBusinessLicence", true, "withholdBuildingApproval", true,
                    "withheldFrom", java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE).toString()));
        }
        return complete(Elements.RECORD_WITHHOLDING_DECISION, values);
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

    /** From the prosecutor stage: the SKK to the Pekalongan office, approved, and the claim recovered in full. */
    EnforcementCaseDriver recoveredByTheProsecutor() {
        return prepareSkk("kejari-pekalongan").decideSkk("APPROVE").prosecutorOutcome("PAID_IN_FULL");
    }

    EnforcementCaseDriver proposeLegalAction(String action, Long claim) {
        Map<String, Object> values = new HashMap<>(Map.of("legalAction", action, "legalActionReasons", "tidak tertagih di luar pengadilan"));
        if (claim != null) {
            values.put("claimAmount", claim);
        }
        return complete(Elements.PROPOSE_LEGAL_ACTION, values);
    }

    EnforcementCaseDriver suitFiled(java.time.LocalDate firstHearing) {
        return complete(Elements.RECORD_SUIT_FILED, Map.of("suitFiledOn", TODAY.toString(), "courtName", "Pengadilan Negeri Batang",
                "courtCaseNumber", "12/Pdt.G.S/2026/PN Btg", "firstHearingOn", firstHearing.toString()));
    }

    EnforcementCaseDriver decideLegalAction(String decision) {
        return complete(Elements.APPROVE_LEGAL_ACTION, "REFUSE".equals(decision)
                ? Map.of("legalActionDecision", decision, "legalActionDecisionNotes", "lengkapi bukti")
                : Map.of("legalActionDecision", decision));
    }

    EnforcementCaseDriver employerComplied(EnforcementCaseService service) {
        return reportCompliance(service, ComplianceKind.WORKERS_REGISTERED, null);
    }

    EnforcementCaseDriver reportCompliance(EnforcementCaseService service, ComplianceKind kind, Long amount) {
        service.reportCompliance(caseNumber, new ComplianceReport(kind,
                java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE), amount == null ? BigDecimal.ZERO : BigDecimal.valueOf(amount),
                kind == ComplianceKind.WORKERS_REGISTERED ? 12 : null, "BUKTI-" + kind.name()), null, null);
        return this;
    }

    /** A partner's report that {@code workers} workers are registered by now. */
    EnforcementCaseDriver reportRegistration(EnforcementCaseService service, int workers) {
        service.reportCompliance(caseNumber, new ComplianceReport(ComplianceKind.WORKERS_REGISTERED,
                java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE), BigDecimal.ZERO, workers, "BUKTI-" + workers + "-PEKERJA"), null, null);
        return this;
    }

    /** A report the officer verifies at once. */
    EnforcementCaseDriver verified(EnforcementCaseService service, ComplianceKind kind, Long amount) {
        return reportCompliance(service, kind, amount).verifyCompliance("VERIFIED");
    }

    EnforcementCaseDriver verifyCompliance(String decision) {
        return complete(Elements.VERIFY_COMPLIANCE, Map.of("verificationDecision", decision));
    }

    /** Drives a small-employer case (outreach route) until it stands at the given stage. */
    EnforcementCaseDriver advanceTo(Stage target) {
        Map<Stage, Runnable> steps = new HashMap<>();
        steps.put(Stage.OUTREACH, this::acceptTriage);
        steps.put(Stage.INSPECTION, () -> {
            fireTimer(Elements.OUTREACH_PERIOD_EXPIRED);
            scheduleInspection();
        });
        steps.put(Stage.WARNING_1, () -> {
            inspectionHeld(12, 4_320_000, 3);
            finalReport(4_320_000, 3);
        });
        steps.put(Stage.WARNING_2, () -> fireTimer(Elements.FIRST_WARNING_EXPIRED));
        steps.put(Stage.FINE, () -> fireTimer(Elements.SECOND_WARNING_EXPIRED));
        steps.put(Stage.SERVICE_SANCTION, this::finePeriodEnds);
        steps.put(Stage.PROSECUTOR, () -> {
            withholdingDecided("IMPOSED");
            fireTimer(Elements.SERVICE_SANCTION_PERIOD_EXPIRED);
        });
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
