package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.agreement.AgreementTaskContracts;
import id.sinergi.enforcement.EnforcementTaskContracts;
import id.sinergi.enforcement.InstalmentPlanTaskContracts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each user task's contract says exactly what its form says: the same field keys, kinds, choice values,
 * lengths, patterns, ranges and required flags; a required field the form hides behind a condition is
 * required on the same condition. A form changed without its contract (or the reverse) fails here.
 */
class TaskContractFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "separator", "spacer", "image", "html", "group");
    private static final Pattern HIDE_UNLESS_FLAG = Pattern.compile("^=not\\((\\w+)\\)$");
    private static final Pattern HIDE_UNLESS_VALUE = Pattern.compile("^=(\\w+) != \"([^\"]+)\"$");
    /** {@code =not(key = "A" or key = "B")}: shown for any of several values. */
    private static final Pattern HIDE_UNLESS_ANY = Pattern.compile("^=not\\((\\w+) = \"[^\"]+\"( or \\1 = \"[^\"]+\")*\\)$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    record UserTaskForm(String processKey, String taskKey, String formRef) {
        @Override
        public String toString() {
            return taskKey + " (" + formRef + ")";
        }
    }

    static Stream<UserTaskForm> userTasks() throws IOException {
        try (var files = Files.walk(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).toList().stream().flatMap(file -> {
                var model = Bpmn.readModelFromFile(file.toFile());
                String processKey = model.getModelElementsByType(Process.class).iterator().next().getId();
                // User tasks, and start events with a start form (what a user sends when starting).
                var tasks = model.getModelElementsByType(UserTask.class).stream().map(task -> new UserTaskForm(processKey,
                        task.getId(), task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef")));
                var starts = model.getModelElementsByType(StartEvent.class).stream()
                        .filter(start -> start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef") != null)
                        .map(start -> new UserTaskForm(processKey, start.getId(),
                                start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef")));
                return Stream.concat(tasks, starts);
            });
        }
    }

    private static final Map<String, TaskContracts> CONTRACTS = Stream.of(new EnforcementTaskContracts(),
            new AgreementTaskContracts(), new InstalmentPlanTaskContracts(), new id.sinergi.enforcement.ComplianceRecordingTaskContracts(), new id.sinergi.enforcement.CaseOpeningTaskContracts(),
            new id.sinergi.matching.DataMatchingTaskContracts(new id.sinergi.matching.MatchingSettings(null, 0, 0))).collect(Collectors.toMap(TaskContracts::processKey, c -> c));

    @ParameterizedTest
    @MethodSource("userTasks")
    void theTasksContractMatchesItsForm(UserTaskForm task) throws IOException {
        TaskContract contract = CONTRACTS.get(task.processKey()).byTask().get(task.taskKey());
        assertThat(contract).as("a contract for %s", task.taskKey()).isNotNull();
        Map<String, JsonNode> formFields = formFields(task.formRef());

        Map<String, TaskContract.Field> contractFields = new HashMap<>(contract.fields());
        contractFields.values().removeIf(TaskContract.Field::isApplicationOnly);
        assertThat(contractFields.keySet()).as("field keys of %s", task).isEqualTo(formFields.keySet());

        formFields.forEach((key, component) -> {
            TaskContract.Field field = contractFields.get(key);
            String type = component.path("type").asText();
            JsonNode validate = component.path("validate");
            String where = task.taskKey() + "." + key;
            assertThat(field.kind()).as("kind of %s", where).isEqualTo(kindOf(type));
            if (field.kind() == TaskContract.Kind.NUMBER) {
                // The contract takes whole numbers only (TaskContract.checkNumber): so must the form.
                assertThat(component.path("decimalDigits").isInt() && component.path("decimalDigits").asInt() == 0)
                        .as("%s takes whole numbers only (decimalDigits 0)", where).isTrue();
            }
            if (field.kind() == TaskContract.Kind.CHOICE) {
                assertThat(field.values()).as("values of %s", where)
                        .isEqualTo(component.path("values").findValuesAsText("value"));
            }
            assertThat(field.maxLength()).as("maxLength of %s", where)
                    .isEqualTo(validate.has("maxLength") ? validate.get("maxLength").asInt() : null);
            assertThat(field.pattern()).as("pattern of %s", where)
                    .isEqualTo(validate.has("pattern") ? validate.get("pattern").asText() : null);
            assertThat(field.isEmail()).as("email check of %s", where)
                    .isEqualTo("email".equals(validate.path("validationType").asText()));
            assertThat(field.min()).as("min of %s", where).isEqualTo(decimal(validate.get("min")));
            assertThat(field.max()).as("max of %s", where).isEqualTo(decimal(validate.get("max")));
            if (field.kind() == TaskContract.Kind.FLAG) {
                return; // a checkbox always submits true or false; the contract may insist on it
            }
            boolean required = validate.path("required").asBoolean(false);
            String hide = component.path("conditional").path("hide").asText(null);
            if (!required) {
                assertThat(field.isRequired() || field.requiredWhenKey() != null).as("%s optional", where).isFalse();
            } else if (hide == null) {
                assertThat(field.isRequired()).as("%s required", where).isTrue();
            } else {
                assertThat(field.isRequired()).as("%s required only when shown", where).isFalse();
                assertThat(Map.of(field.requiredWhenKey(), field.requiredWhenValues()))
                        .as("%s required when shown (%s)", where, hide).isEqualTo(shownWhen(hide));
            }
        });
    }

    private static TaskContract.Kind kindOf(String formType) {
        return switch (formType) {
            case "textfield", "textarea" -> TaskContract.Kind.TEXT;
            case "radio", "select" -> TaskContract.Kind.CHOICE;
            case "number" -> TaskContract.Kind.NUMBER;
            case "checkbox" -> TaskContract.Kind.FLAG;
            case "datetime" -> TaskContract.Kind.DATE;
            default -> throw new AssertionError("No contract kind for form field type " + formType);
        };
    }

    private static Map<String, Set<String>> shownWhen(String hide) {
        Matcher flag = HIDE_UNLESS_FLAG.matcher(hide);
        if (flag.matches()) {
            return Map.of(flag.group(1), Set.of("true"));
        }
        Matcher any = HIDE_UNLESS_ANY.matcher(hide);
        if (any.matches()) {
            Set<String> values = new java.util.HashSet<>();
            QUOTED.matcher(hide).results().forEach(m -> values.add(m.group(1)));
            return Map.of(any.group(1), values);
        }
        Matcher value = HIDE_UNLESS_VALUE.matcher(hide);
        if (value.matches()) {
            return Map.of(value.group(1), Set.of(value.group(2)));
        }
        throw new AssertionError("Unknown hide condition " + hide);
    }

    private static BigDecimal decimal(JsonNode number) {
        return number == null ? null : new BigDecimal(number.asText());
    }

    private static Map<String, JsonNode> formFields(String formId) throws IOException {
        try (var files = Files.walk(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                if (formId.equals(form.path("id").asText())) {
                    Map<String, JsonNode> fields = new LinkedHashMap<>();
                    collect(form.path("components"), fields);
                    return fields;
                }
            }
        }
        throw new AssertionError("No form with id " + formId);
    }

    private static void collect(JsonNode components, Map<String, JsonNode> fields) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.get("components"), fields);
            } else if (!DISPLAY_ONLY.contains(component.path("type").asText()) && component.has("key")) {
                fields.put(component.get("key").asText(), component);
            }
        }
    }

    /** Start events whose form is an embedded HTML form (an upload: Camunda Forms have no file input). */
    static Stream<UserTaskForm> embeddedStarts() throws IOException {
        try (var files = Files.walk(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).toList().stream().flatMap(file -> {
                var model = Bpmn.readModelFromFile(file.toFile());
                String processKey = model.getModelElementsByType(Process.class).iterator().next().getId();
                return model.getModelElementsByType(StartEvent.class).stream()
                        .filter(start -> String.valueOf(start.getCamundaFormKey()).startsWith("embedded:/"))
                        .map(start -> new UserTaskForm(processKey, start.getId(), start.getCamundaFormKey().substring("embedded:/".length())));
            });
        }
    }

    private static final Pattern CAM_VARIABLE = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");

    private static String attribute(String attributes, String name) {
        var value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : null;
    }

    @ParameterizedTest
    @MethodSource("embeddedStarts")
    void anEmbeddedStartFormCarriesExactlyItsContractsFields(UserTaskForm start) throws IOException {
        TaskContract contract = CONTRACTS.get(start.processKey()).byTask().get(start.taskKey());
        assertThat(contract).as("a contract for %s", start.taskKey()).isNotNull();
        // The form is served from forms/ (embedded:/forms/... in the model).
        String html = Files.readString(Path.of(start.formRef()));
        Map<String, String> formFields = new HashMap<>();
        var inputs = CAM_VARIABLE.matcher(html);
        while (inputs.find()) {
            String name = attribute(inputs.group(2), "cam-variable-name");
            if (name != null) {
                formFields.put(name, inputs.group(2));
            }
        }
        assertThat(formFields.keySet()).as("field keys of %s", start).isEqualTo(contract.fields().keySet());
        formFields.forEach((key, attributes) -> {
            TaskContract.Field field = contract.fields().get(key);
            String type = attribute(attributes, "cam-variable-type");
            assertThat(field.kind()).as("kind of %s", key).isEqualTo("File".equals(type) ? TaskContract.Kind.FILE : TaskContract.Kind.TEXT);
            if (field.kind() == TaskContract.Kind.FILE) {
                assertThat(Long.valueOf(attribute(attributes, "cam-max-filesize"))).as("size limit of %s", key).isEqualTo(field.maxBytes());
            } else {
                String maxLength = attribute(attributes, "maxlength");
                assertThat(field.maxLength()).as("maxLength of %s", key).isEqualTo(maxLength == null ? null : Integer.valueOf(maxLength));
            }
        });
    }

    @org.junit.jupiter.api.Test
    void everyContractBelongsToAUserTaskOfItsProcess() throws IOException {
        List<UserTaskForm> tasks = Stream.concat(userTasks(), embeddedStarts()).toList();
        // A retired task is in earlier process versions only; its contract stays for the instances still there.
        Set<String> retired = Set.of(AgreementTaskContracts.RETIRED_RECORD_TERMINATION);
        CONTRACTS.forEach((processKey, contracts) -> assertThat(contracts.byTask().keySet()).as(processKey)
                .isEqualTo(Stream.concat(tasks.stream().filter(t -> t.processKey().equals(processKey)).map(UserTaskForm::taskKey),
                        contracts.byTask().keySet().stream().filter(retired::contains)).collect(Collectors.toSet())));
    }
}
