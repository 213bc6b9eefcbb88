package id.sinergi.system;

import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Watches every process instance's end and hands a cancellation (Cockpit's "cancel", a REST delete) to
 * the {@link UnplannedEnd} of its process. The listener is a built-in one: Cockpit deletes with "skip custom
 * listeners", which skips the model's own listeners but not the engine's built-in ones, so no way of
 * cancelling leaves a register record open.
 */
@Component
class UnplannedEnds extends AbstractProcessEnginePlugin {

    private final ObjectProvider<List<UnplannedEnd>> handlers;

    UnplannedEnds(ObjectProvider<List<UnplannedEnd>> handlers) {
        this.handlers = handlers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new java.util.ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                ExecutionListener onEnd = UnplannedEnds.this::ended;
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, onEnd);
            }
        });
    }

    private void ended(org.camunda.bpm.engine.delegate.DelegateExecution delegate) {
        if (!(delegate instanceof ExecutionEntity execution) || !execution.isProcessInstanceExecution()
                || !execution.isCanceled() || execution.getSuperExecution() != null) {
            return; // a planned end, or a called instance ended by its parent
        }
        String key = execution.getProcessDefinition().getKey();
        var authentication = Context.getCommandContext().getAuthentication();
        String userId = authentication == null ? null : authentication.getUserId();
        for (UnplannedEnd handler : handlers.getIfAvailable(List::of)) {
            if (handler.processKey().equals(key)) {
                handler.cancelled(execution.getId(), execution.getBusinessKey(), userId, execution.getDeleteReason());
            }
        }
    }
}
