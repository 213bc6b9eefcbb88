package id.sinergi.casefile;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts a built-in "complete" listener on every user task of the processes whose steps make a case file,
 * so each completion is written to the register by {@link StepRecorder} in the completing transaction,
 * without a listener in each model. Built-in, like the engine's own history listeners: no model can
 * forget it and no completion path skips it.
 */
@Component
class StepRecords extends AbstractProcessEnginePlugin {

    private final ObjectProvider<StepRecorder> recorder;

    StepRecords(ObjectProvider<StepRecorder> recorder) {
        this.recorder = recorder;
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
                String processKey = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        ? definition.getKey() : null;
                if (processKey != null && StepRecorder.records(processKey)
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    TaskListener onComplete = task -> recorder.getObject().completed(processKey, task);
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, onComplete);
                }
            }
        });
    }
}
