package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The models in bpmn/ and forms/ are the source the application deploys as they are. This test reads
 * them from the top-level folders and fails on anything that would only show up at run time: a model
 * or form that does not parse, a formRef to a missing form, a user task without group, due date or
 * form, a delegate expression naming no bean, a business rule task calling a missing decision.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelConsistencyTest {

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
    private static final Pattern EXPRESSION_BEAN = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)\\.");

    private static List<Path> bpmnFiles;
    private static List<Path> dmnFiles;
    private static Map<String, JsonNode> formsById;
    private static List<Path> formFiles;

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryService repository;

    @BeforeAll
    static void readModels() throws IOException {
        bpmnFiles = files(Path.of("bpmn"), ".bpmn");
        dmnFiles = files(Path.of("bpmn"), ".dmn");
        formsById = new HashMap<>();
        var json = new ObjectMapper();
        formFiles = files(Path.of("forms"), ".form");
        for (Path form : formFiles) {
            JsonNode node = json.readTree(form.toFile());
            String id = node.path("id").asText("");
            assertThat(id).as("form id in %s", form).isNotBlank();
            assertThat(formsById.put(id, node)).as("form id %s used twice", id).isNull();
        }
        assertThat(bpmnFiles).as("BPMN models under bpmn/").isNotEmpty();
        assertThat(formsById).as("forms under forms/").isNotEmpty();
    }

    @Test
    void everyProcessAndDecisionIsDeployedByTheApplication() {
        for (Path file : bpmnFiles) {
            for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
                if (process.isExecutable()) {
                    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(process.getId())
                            .latestVersion().count()).as("process %s from %s deployed", process.getId(), file)
                            .isEqualTo(1);
                }
            }
        }
        for (Path file : dmnFiles) {
            for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
                assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision.getId())
                        .latestVersion().count()).as("decision %s deployed", decision.getId()).isEqualTo(1);
            }
        }
        Set<String> deployed = new HashSet<>();
        repository.createDeploymentQuery().list()
                .forEach(d -> repository.getDeploymentResourceNames(d.getId()).forEach(deployed::add));
        for (Path form : formFiles) {
            assertThat(deployed).as("form %s deployed", form)
                    .anyMatch(name -> name.endsWith("forms/" + Path.of("forms").relativize(form).toString().replace('\\', '/')));
        }
    }

    @Test
    void everyUserTaskHasAGroupADueDateAndAnExistingForm() {
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = file.getFileName() + "#" + task.getId();
                if (isBlank(task.getCamundaCandidateGroups())) {
                    problems.add(where + ": no candidate group");
                }
                if (isBlank(task.getCamundaDueDate())) {
                    problems.add(where + ": no due date");
                }
                String formRef = task.getCamundaFormRef();
                if (isBlank(formRef)) {
                    problems.add(where + ": no camunda:formRef");
                } else if (!formsById.containsKey(formRef)) {
                    problems.add(where + ": formRef " + formRef + " matches no form in forms/");
                }
                if (isBlank(task.getName())) {
                    problems.add(where + ": no name for Tasklist");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDelegateExpressionAndCalledDecisionExists() {
        Set<String> decisions = new HashSet<>();
        for (Path file : dmnFiles) {
            Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)
                    .forEach(d -> decisions.add(d.getId()));
        }
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                Matcher bean = BEAN_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
                if (!bean.matches()) {
                    problems.add(task.getId() + ": expected camunda:delegateExpression=\"${beanName}\"");
                } else if (!context.containsBean(bean.group(1))) {
                    problems.add(task.getId() + ": no bean named " + bean.group(1));
                }
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                if (!decisions.contains(task.getCamundaDecisionRef())) {
                    problems.add(task.getId() + ": decision " + task.getCamundaDecisionRef() + " not in bpmn/");
                }
            }
            // Beans used in timers and due dates (${enforcementDeadlines.taskDue(...)}) must exist too.
            Matcher used = EXPRESSION_BEAN.matcher(read(file));
            while (used.find()) {
                String name = used.group(1);
                if (!name.equals("decisionResult") && !name.equals("execution") && !context.containsBean(name)) {
                    problems.add(file.getFileName() + ": expression uses unknown bean " + name);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFormFieldHasAUniqueKeyAndALabel() {
        List<String> problems = new ArrayList<>();
        formsById.forEach((id, form) -> {
            Set<String> keys = new HashSet<>();
            form.path("components").forEach(component -> {
                String type = component.path("type").asText();
                if (type.equals("text") || type.equals("spacer") || type.equals("separator")
                        || type.equals("button") || type.equals("group")) {
                    return;
                }
                String key = component.path("key").asText("");
                if (key.isBlank()) {
                    problems.add(id + ": field " + component.path("id").asText() + " has no key");
                } else if (!keys.add(key)) {
                    problems.add(id + ": key " + key + " used twice");
                }
                // A date picker carries its label as dateLabel.
                if (component.path("label").asText("").isBlank() && component.path("dateLabel").asText("").isBlank()) {
                    problems.add(id + ": field " + key + " has no label");
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The retention the README states for engine history (section "Operations"): 730 days after the end. */
    static final int HISTORY_RETENTION_DAYS = 730;

    @Test
    void engineHistoryIsKeptNoLongerThanTheStatedRetentionAndCleanedUpNightly() {
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
                        .isEqualTo(HISTORY_RETENTION_DAYS));
        assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
                        .isEqualTo(HISTORY_RETENTION_DAYS));
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                context.getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(context.getBean(org.camunda.bpm.engine.HistoryService.class).findHistoryCleanupJobs())
                .as("the engine scheduled its nightly cleanup").isNotEmpty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
