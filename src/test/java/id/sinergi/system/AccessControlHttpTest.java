package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda authorization as the demo users meet it over real HTTP: /engine-rest needs credentials, each
 * group sees and works only its own tasks, managers (not officers) get Cockpit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sinergi.demo.password=s3cret-from-config")
@ActiveProfiles({"test", "demo"})
class AccessControlHttpTest {

    private static final String PASSWORD = "s3cret-from-config";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void engineRestRefusesCallsWithoutOrWithWrongCredentials() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // The wrong password is tried on the admin, whom no other test here logs in as. (The engine no
        // longer delays or locks an account after failures; failed logins are throttled per address.)
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).as("the default password is replaced by configuration").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("officer", PASSWORD).getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void officersSeeTriageTasksAndInspectorsDoNot() {
        List<String> officerTasks = taskKeys("officer");
        assertThat(officerTasks).isNotEmpty().containsOnly("UserTask_TriageCase");
        assertThat(taskKeys("inspector")).doesNotContain("UserTask_TriageCase");
        assertThat(taskKeys("legal")).isEmpty();
    }

    @Test
    void anInspectorCannotCompleteAnOfficersTaskButTheOfficerCan() {
        String triageTaskId = tasks.createTaskQuery().taskDefinitionKey("UserTask_TriageCase")
                .orderByTaskCreateTime().desc().list().get(0).getId();
        Map<String, Object> body = Map.of("variables", Map.of(
                "triageDecision", Map.of("value", "REJECT_DUPLICATE"),
                "triageNotes", Map.of("value", "Sama dengan kasus sebelumnya")));

        ResponseEntity<String> byInspector = complete("inspector", triageTaskId, body);
        assertThat(byInspector.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(triageTaskId).count()).as("task untouched").isEqualTo(1);

        ResponseEntity<String> byOfficer = complete("officer", triageTaskId, body);
        assertThat(byOfficer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(triageTaskId).count()).isZero();
    }

    @Test
    void managersUseCockpitAndSeeEveryCaseWhileOfficersDoNot() {
        assertThat(canAccess("manager", Groups.MANAGERS, "cockpit")).isTrue();
        assertThat(canAccess("officer", Groups.ENFORCEMENT_OFFICERS, "cockpit")).isFalse();
        assertThat(canAccess("officer", Groups.ENFORCEMENT_OFFICERS, "tasklist")).isTrue();

        JsonNode managerCount = http.withBasicAuth("manager", PASSWORD)
                .getForObject("/engine-rest/process-instance/count", JsonNode.class);
        JsonNode officerCount = http.withBasicAuth("officer", PASSWORD)
                .getForObject("/engine-rest/process-instance/count", JsonNode.class);
        assertThat(managerCount.path("count").asLong()).as("every open case visible to managers")
                .isEqualTo(runtime.createProcessInstanceQuery().count()).isPositive();
        assertThat(officerCount.path("count").asInt()).isZero();
    }

    @Test
    void theDemoProfileCreatesOneUserPerGroupAndTheAdmin() {
        for (var expected : Map.of("officer", Groups.ENFORCEMENT_OFFICERS, "inspector", Groups.INSPECTORS,
                "legal", Groups.LEGAL, "manager", Groups.MANAGERS, "admin", Groups.ADMINS).entrySet()) {
            assertThat(identity.createUserQuery().userId(expected.getKey()).memberOfGroup(expected.getValue()).count())
                    .as("%s in %s", expected.getKey(), expected.getValue()).isEqualTo(1);
        }
    }

    private List<String> taskKeys(String user) {
        JsonNode list = http.withBasicAuth(user, PASSWORD).getForObject("/engine-rest/task", JsonNode.class);
        return list.findValuesAsText("taskDefinitionKey");
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> body) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, PASSWORD).exchange("/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private boolean canAccess(String user, String group, String application) {
        return authorizations.isUserAuthorized(user, List.of(group), Permissions.ACCESS, Resources.APPLICATION, application);
    }
}
