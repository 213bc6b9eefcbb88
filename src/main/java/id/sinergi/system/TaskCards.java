package id.sinergi.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What a Tasklist card shows of the case or agreement behind a task: the filters list these variables
 * with Indonesian labels, and every new user task gets a copy of those its process has, as task
 * variables. Tasklist reads card variables with the user's own rights, and staff may read the tasks of
 * their groups but not whole process instances, so the copy on the task is what makes the card show them.
 * The copy is taken when the task is created (the stage a task belongs to does not change under it).
 */
@Component
class TaskCards extends AbstractProcessEnginePlugin {

    /** Variable name to card label, in card order. */
    static final Map<String, String> LABELS = labels(
            "caseNumber", "No. kasus",
            "agreementId", "No. referensi",
            "agreementNumber", "No. perjanjian",
            "employerName", "Badan usaha",
            "partnerName", "Mitra",
            "stageName", "Tahap");

    static final List<String> CASE = List.of("caseNumber", "employerName", "stageName");
    static final List<String> AGREEMENT = List.of("agreementId", "agreementNumber", "partnerName", "stageName");

    /** The filter property {@code variables}: {@code [{name, label}]} for the given names, or all of them. */
    static List<Map<String, String>> filterVariables(List<String> names) {
        List<Map<String, String>> variables = new ArrayList<>();
        for (String name : names) {
            Map<String, String> variable = new LinkedHashMap<>();
            variable.put("name", name);
            variable.put("label", LABELS.get(name));
            variables.add(variable);
        }
        return variables;
    }

    static List<Map<String, String>> allFilterVariables() {
        return filterVariables(List.copyOf(LABELS.keySet()));
    }

    static void copyToTask(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        for (String name : LABELS.keySet()) {
            Object value = task.getExecution().getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskCards::copyToTask);
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, CreatedTasks::created);
                }
            }
        });
    }

    private static Map<String, String> labels(String... nameLabelPairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < nameLabelPairs.length; i += 2) {
            labels.put(nameLabelPairs[i], nameLabelPairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }
}
