package id.sinergi.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.agreement.AgreementProcess.Elements;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks one agreement through its process on the real engine the way the partnerships unit, the legal
 * bureau, signatories and time would: completing tasks, running the mail jobs, firing timers by
 * executing their jobs.
 */
public class AgreementDriver {

    final ProcessInstance instance;
    public final String processInstanceId;
    public final String agreementId;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    private AgreementDriver(ProcessEngine engine, ProcessInstance instance) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.instance = instance;
        this.processInstanceId = instance.getId();
        this.agreementId = (String) runtime.getVariable(processInstanceId, AgreementProcess.Vars.AGREEMENT_ID);
    }

    /** What the start form in Tasklist submits. */
    public static Map<String, Object> proposal(String kind, String partnerKind, boolean dataExchange) {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", kind);
        form.put("parentMouNumber", "");
        form.put("partnerName", "Dinas Tenaga Kerja Kabupaten Batang");
        form.put("partnerKind", partnerKind);
        form.put("partnerAgencyId", "disnaker-uji-" + Long.toString(System.nanoTime(), 36));
        form.put("title", "Optimalisasi kepesertaan JKN pekerja penerima upah di Kabupaten Batang");
        form.put("scope", "Pemadanan data badan usaha, sosialisasi dan penegakan kepatuhan bersama");
        form.put("purposeCoverageExpansion", true);
        form.put("purposeEnforcement", true);
        form.put("purposeDataExchange", dataExchange);
        form.put("purposeOutreach", false);
        form.put("termYears", 3);
        form.put("bpjsContactName", "Ayu Kemitraan");
        form.put("bpjsContactEmail", "kemitraan.pekalongan@sinergi.example");
        form.put("partnerContactName", "Kepala Bidang Pengawasan");
        form.put("partnerContactEmail", "pengawasan@disnaker-batang.example");
        return form;
    }

    public static AgreementDriver start(ProcessEngine engine, Map<String, Object> proposal) {
        var instance = engine.getRuntimeService().startProcessInstanceByKey(AgreementProcess.KEY, proposal);
        return new AgreementDriver(engine, instance);
    }

    public Task task(String key) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task %s", key).isNotNull();
        return task;
    }

    public boolean hasTask(String key) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).count() > 0;
    }

    /** Partnerships staff record a mutual termination, as the staff endpoint does. */
    public AgreementDriver terminate(AgreementTermination termination, String terminationDate, String reason) {
        termination.terminate(agreementId, java.time.LocalDate.parse(terminationDate), reason, "partnerships");
        return runJobs();
    }

    public AgreementDriver complete(String key, Map<String, Object> variables) {
        tasks.complete(task(key).getId(), variables);
        return runJobs();
    }

    /** Runs the asynchronous continuations (letters, go-live) that are due, until none is left. */
    public AgreementDriver runJobs() {
        for (int round = 0; round < 20; round++) {
            var jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
            if (jobs.isEmpty()) {
                return this;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep appearing for " + agreementId);
    }

    public Job timer(String activityId) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .singleResult();
        assertThat(timer).as("timer %s", activityId).isNotNull();
        return timer;
    }

    public AgreementDriver fireTimer(String activityId) {
        management.executeJob(timer(activityId).getId());
        return runJobs();
    }

    public Object variable(String name) {
        return runtime.getVariable(processInstanceId, name);
    }

    // ---- the steps -----------------------------------------------------------------------------------

    public AgreementDriver explore(String decision) {
        return complete(Elements.EXPLORE, Map.of("explorationDecision", decision, "explorationNotes", "sesuai renstra"));
    }

    public AgreementDriver legalReview(String decision, String notes) {
        return complete(Elements.LEGAL_REVIEW, Map.of("legalDecision", decision, "legalNotes", notes));
    }

    /** Revises the proposal keeping its title, scope and term: what Tasklist submits with the prefilled fields untouched. */
    public AgreementDriver reviseProposal() {
        return reviseProposal((String) variable("title"), (String) variable("scope"), ((Number) variable("termYears")).intValue());
    }

    /** Revises the proposal's title, scope and term, as the revise-proposal form lets staff do. */
    public AgreementDriver reviseProposal(String title, String scope, int termYears) {
        return complete(Elements.REVISE_PROPOSAL, Map.of("title", title, "scope", scope, "termYears", termYears,
                "revisionSummary", "pasal kerahasiaan ditambahkan"));
    }

    public AgreementDriver partnerResponds(String response, String comments) {
        return complete(Elements.RECORD_PARTNER_RESPONSE, Map.of("partnerResponse", response, "partnerComments", comments));
    }

    public AgreementDriver reviseDraft() {
        return complete(Elements.REVISE_DRAFT, Map.of("draftChanges", "pasal 5 disesuaikan"));
    }

    public AgreementDriver approveConcept(String decision) {
        return complete(Elements.APPROVE_CONCEPT, Map.of("conceptDecision", decision, "conceptNotes", "paraf"));
    }

    /** From proposal to an approved concept, the partner agreeing on the first draft. */
    public AgreementDriver throughConcept() {
        return explore("GO").legalReview("APPROVE", "sesuai").partnerResponds("AGREED", "").approveConcept("APPROVE");
    }

    public AgreementDriver sign(String bpjsDate, String partnerDate) {
        complete(Elements.RECORD_BPJS_SIGNATURE, Map.of("bpjsSignatory", "Kepala Cabang Pekalongan",
                "bpjsSignedDate", bpjsDate, "bpjsSignedCopy", "ARS-001"));
        return complete(Elements.RECORD_PARTNER_SIGNATURE, Map.of("partnerSignatory", "Kepala Disnaker Batang",
                "partnerSignedDate", partnerDate, "partnerSignedCopy", "ARS-002"));
    }

    public AgreementDriver setUpDataExchange(String mechanism) {
        complete(Elements.DEFINE_DATASET, Map.of("datasetNib", true, "datasetNik", false, "datasetPurpose", "pemadanan"));
        complete(Elements.REVIEW_PERSONAL_DATA, Map.of("legalBasis", "UU 24/2011 Pasal 11", "minimalFieldsConfirmed", true,
                "retentionMonths", 24, "breachContactEmail", "dpo@sinergi.example", "personalDataDecision", "APPROVE"));
        Map<String, Object> choice = new java.util.HashMap<>(Map.of("exchangeMechanism", mechanism, "mechanismNotes", "harian"));
        if ("API".equals(mechanism)) {
            // The form shows the agency id proposed with the agreement and requires it for an API exchange.
            choice.put("partnerAgencyId", variable("partnerAgencyId"));
        }
        complete(Elements.CHOOSE_MECHANISM, choice);
        return complete(Elements.RUN_TEST_EXCHANGE, Map.of("testResult", "PASSED", "testNotes", "100 baris cocok"));
    }
}
