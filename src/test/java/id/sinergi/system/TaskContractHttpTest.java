package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.agreement.AgreementDriver;
import id.sinergi.agreement.AgreementProcess;
import id.sinergi.enforcement.CaseReport;
import id.sinergi.enforcement.EnforcementCase;
import id.sinergi.enforcement.EnforcementCaseService;
import id.sinergi.enforcement.SizeClass;
import id.sinergi.enforcement.ViolationType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP, as the staff member who may work the task: a completion outside the task's contract
 * (a foreign variable, a missing required or conditionally required field) is a 400 naming the field
 * and leaves the task open; a valid one completes it. Staff cannot write process variables around the
 * task either, and only administrators steer instances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskContractHttpTest {

    private static final String PASSWORD = "contract-test-password";
    private static final AtomicLong NIB = new AtomicLong(9_130_000_000_000L + (System.nanoTime() % 1_000_000) * 100);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementCaseService cases;

    @BeforeAll
    void createStaff() {
        user("contractofficer", Groups.ENFORCEMENT_OFFICERS);
        user("contractpartner", Groups.PARTNERSHIPS);
        user("contractadmin", Groups.ADMINS);
    }

    @Test
    void aTriageCarryingAnotherCasesNumberOrASizeClassIsRefusedAndAValidOneCompletes() {
        EnforcementCase target = openCase();
        EnforcementCase other = openCase();
        String taskId = taskId(target.processInstanceId(), "UserTask_TriageCase");

        var withCaseNumber = complete("contractofficer", taskId, Map.of("triageDecision", "ACCEPT", "caseNumber", other.caseNumber()));
        assertRefused(withCaseNumber, "caseNumber");
        var withSizeClass = submitForm("contractofficer", taskId, Map.of("triageDecision", "ACCEPT", "sizeClass", "LARGE"));
        assertRefused(withSizeClass, "sizeClass");
        assertRefused(complete("contractofficer", taskId, Map.of("triageNotes", "tanpa keputusan")), "triageDecision");
        assertRefused(complete("contractofficer", taskId, Map.of("triageDecision", "ACCEPT_ALL")), "triageDecision");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("task still open").isOne();

        var valid = complete("contractofficer", taskId, Map.of("triageDecision", "ACCEPT", "triageNotes", "berdasar"));
        assertThat(valid.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(engine.getRuntimeService().getVariable(target.processInstanceId(), "sizeClass")).isEqualTo("SMALL");
    }

    @Test
    void staffCannotWriteVariablesAroundTheTask() {
        EnforcementCase target = openCase();
        String instanceId = target.processInstanceId();
        String taskId = taskId(instanceId, "UserTask_TriageCase");
        var value = Map.of("value", "ENF-0000-000001");

        var onTask = send("contractofficer", HttpMethod.PUT, "/engine-rest/task/" + taskId + "/variables/caseNumber", value);
        assertThat(onTask.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(onTask.getBody()).contains("'caseNumber'");
        var modified = send("contractofficer", HttpMethod.POST, "/engine-rest/task/" + taskId + "/localVariables",
                Map.of("modifications", Map.of("sizeClass", Map.of("value", "LARGE"))));
        assertThat(modified.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(modified.getBody()).contains("'sizeClass'");

        var onInstance = send("contractofficer", HttpMethod.PUT, "/engine-rest/process-instance/" + instanceId + "/variables/caseNumber", value);
        assertThat(onInstance.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var onExecution = send("contractofficer", HttpMethod.POST, "/engine-rest/execution/" + instanceId + "/localVariables",
                Map.of("modifications", Map.of("caseNumber", value)));
        assertThat(onExecution.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getRuntimeService().getVariable(instanceId, "caseNumber")).isEqualTo(target.caseNumber());
    }

    @Test
    void anAgreementTaskRefusesForeignAndMissingConditionalFields() {
        var driver = AgreementDriver.start(engine, AgreementDriver.proposal("PKS", "LABOUR_OFFICE", true));
        String exploreTask = taskId(driver.processInstanceId, "UserTask_ExploreProposal");
        assertRefused(complete("contractpartner", exploreTask, Map.of("explorationDecision", "GO", "explorationNotes", "ok",
                "caseNumber", "ENF-0000-000001")), "caseNumber");
        assertRefused(complete("contractpartner", exploreTask, Map.of("explorationDecision", "GO", "explorationNotes", "ok",
                "sizeClass", "LARGE")), "sizeClass");
        assertRefused(complete("contractpartner", exploreTask, Map.of("explorationDecision", "GO")), "explorationNotes");
        assertThat(complete("contractpartner", exploreTask, Map.of("explorationDecision", "GO", "explorationNotes", "sesuai"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        driver.legalReview("APPROVE", "sesuai").partnerResponds("AGREED", "").approveConcept("APPROVE")
                .sign("2026-11-20", "2026-11-20");
        driver.complete("UserTask_DefineDataset", Map.of("datasetNib", true, "datasetPurpose", "pemadanan"));
        driver.complete("UserTask_ReviewPersonalData", Map.of("legalBasis", "UU 24/2011", "retentionMonths", 24,
                "minimalFieldsConfirmed", true, "breachContactEmail", "dpo@sinergi.example", "personalDataDecision", "APPROVE"));
        String mechanismTask = taskId(driver.processInstanceId, "UserTask_ChooseMechanism");

        assertRefused(complete("contractpartner", mechanismTask, Map.of("exchangeMechanism", "API")), "partnerAgencyId");
        // Not another agency than the proposal named: go-live would hand that one the agreement and its API access.
        var another = complete("contractpartner", mechanismTask, Map.of("exchangeMechanism", "API", "partnerAgencyId", "kejari-pekalongan"));
        assertRefused(another, "partnerAgencyId");
        assertThat(another.getBody()).contains(String.valueOf(driver.variable("partnerAgencyId")));
        assertThat(complete("contractpartner", mechanismTask, Map.of("exchangeMechanism", "API",
                "partnerAgencyId", driver.variable("partnerAgencyId"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void onlyAdministratorsStartAnywhereButTheStartEventOrModifyAnInstance() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AgreementProcess.KEY).count();
        Map<String, Object> jump = new HashMap<>(Map.of("variables", typed(AgreementDriver.proposal("PKS", "LABOUR_OFFICE", true))));
        jump.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_RegisterAgreement")));

        var jumped = send("contractpartner", HttpMethod.POST, "/engine-rest/process-definition/key/agreement/start", jump);
        assertThat(jumped.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jumped.getBody()).contains(Groups.ADMINS);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AgreementProcess.KEY).count())
                .as("no instance started").isEqualTo(before);

        var started = send("contractpartner", HttpMethod.POST, "/engine-rest/process-definition/key/agreement/start",
                Map.of("variables", typed(AgreementDriver.proposal("PKS", "LABOUR_OFFICE", true))));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String instanceId = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AgreementProcess.KEY)
                .orderByProcessInstanceId().desc().list().stream()
                .filter(p -> started.getBody().contains(p.getId())).findFirst().orElseThrow().getId();

        Map<String, Object> modification = Map.of("instructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_LegalReview")));
        assertThat(send("contractpartner", HttpMethod.POST, "/engine-rest/process-instance/" + instanceId + "/modification",
                modification).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("contractadmin", HttpMethod.POST, "/engine-rest/process-instance/" + instanceId + "/modification",
                modification).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey("UserTask_LegalReview").count()).isOne();
    }

    /**
     * The escalation that closes a case as complied is the application's, thrown once a compliance report is verified:
     * an officer holding any task of the case cannot throw it (or a BPMN error) from that task.
     */
    @Test
    void aTaskHolderCannotThrowTheEscalationThatClosesACaseNorABpmnError() {
        EnforcementCase target = openCase();
        String taskId = taskId(target.processInstanceId(), "UserTask_TriageCase");

        var escalated = send("contractofficer", HttpMethod.POST, "/engine-rest/task/" + taskId + "/bpmnEscalation",
                Map.of("escalationCode", "ComplianceVerified"));
        assertThat(escalated.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(escalated.getBody()).contains(Groups.ADMINS);
        var errored = send("contractofficer", HttpMethod.POST, "/engine-rest/task/" + taskId + "/bpmnError",
                Map.of("errorCode", "AnyError"));
        assertThat(errored.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the triage is still open").isOne();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(target.processInstanceId()).count())
                .as("the case's process goes on").isOne();
        assertThat(engine.getRuntimeService().getVariable(target.processInstanceId(), "outcome")).isNull();
    }

    @Test
    void aStartCarriesOnlyWhatTheProposalFormOwns() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AgreementProcess.KEY).count();
        var renewal = new HashMap<>(AgreementDriver.proposal("PKS", "LABOUR_OFFICE", true));
        renewal.put("renewalOf", "MOU/0001/KC-PKL/XI/2026");
        assertRefused(send("contractpartner", HttpMethod.POST, "/engine-rest/process-definition/key/agreement/start",
                Map.of("variables", typed(renewal))), "renewalOf");

        var rerouted = new HashMap<>(AgreementDriver.proposal("MOU", "MINISTRY", false));
        rerouted.put("signatoryLevel", "BRANCH");
        assertRefused(send("contractpartner", HttpMethod.POST, "/engine-rest/process-definition/key/agreement/submit-form",
                Map.of("variables", typed(rerouted))), "signatoryLevel");

        var untitled = new HashMap<>(AgreementDriver.proposal("MOU", "MINISTRY", false));
        untitled.remove("title");
        assertRefused(send("contractpartner", HttpMethod.POST, "/engine-rest/process-definition/key/agreement/submit-form",
                Map.of("variables", typed(untitled))), "title");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AgreementProcess.KEY).count())
                .as("no instance started").isEqualTo(before);
        assertThat(send("contractpartner", HttpMethod.POST, "/engine-rest/process-definition/key/agreement/submit-form",
                Map.of("variables", typed(AgreementDriver.proposal("MOU", "MINISTRY", false)))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anEnforcementCaseIsOpenedByTheApplicationNeverStartedByAUser() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("enforcement-case").count();

        var started = send("contractadmin", HttpMethod.POST, "/engine-rest/process-definition/key/enforcement-case/start",
                Map.of("businessKey", "ENF-2026-999999", "variables", typed(Map.of("caseNumber", "ENF-2026-999999"))));

        assertRefused(started, "caseNumber");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("enforcement-case").count())
                .isEqualTo(before);
    }

    private void assertRefused(ResponseEntity<String> response, String field) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("'" + field + "'");
    }

    private EnforcementCase openCase() {
        String nib = Long.toString(NIB.incrementAndGet());
        return cases.report(new CaseReport(
                new CaseReport.Employer(nib, "01234567890" + nib.substring(9), "PT Kontrak " + nib.substring(9),
                        "Jl. Uji No. 2, Batang", "hrd" + nib.substring(9) + "@kontrak.example", SizeClass.SMALL),
                new CaseReport.Violation(ViolationType.UNREGISTERED, 12, BigDecimal.valueOf(4_320_000), 3, "uji"),
                "REF-" + nib), "Disnaker Kabupaten Batang");
    }

    private String taskId(String processInstanceId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, ?> variables) {
        return send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed(variables)));
    }

    /** What Tasklist sends for a Camunda Form. */
    private ResponseEntity<String> submitForm(String user, String taskId, Map<String, ?> variables) {
        return send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(variables)));
    }

    private static Map<String, Object> typed(Map<String, ?> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            Map<String, Object> entry = new HashMap<>();
            entry.put("value", value);
            typed.put(name, entry);
        });
        return typed;
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, PASSWORD).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private void user(String id, String group) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setPassword(PASSWORD);
            user.setFirstName(id);
            user.setLastName("Kontrak");
            user.setEmail(id + "@sinergi.example");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
