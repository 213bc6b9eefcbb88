package id.sinergi.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's TaskService, checking each completion and task variable write against the task's
 * contract before the engine runs it. Every entry point (engine-rest, Tasklist, Java) uses this service.
 */
class ContractTaskService extends TaskServiceImpl {

    private final EngineGuards.ContractLookup contracts;

    ContractTaskService(EngineGuards.ContractLookup contracts) {
        this.contracts = contracts;
    }

    @Override
    public void complete(String taskId) {
        checkCompletion(taskId, Map.of());
        TaskSubmissions.run(taskId, Map.of(), () -> super.complete(taskId));
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        checkCompletion(taskId, variables);
        TaskSubmissions.run(taskId, variables, () -> super.complete(taskId, variables));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
        checkCompletion(taskId, variables);
        return TaskSubmissions.during(taskId, variables,
                () -> super.completeWithVariablesInReturn(taskId, variables, deserializeValues));
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        checkWrite(taskId, variables);
        super.resolveTask(taskId, variables);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
        checkWrite(taskId, variables);
        super.handleBpmnError(taskId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
        checkWrite(taskId, variables);
        super.handleEscalation(taskId, escalationCode, variables);
    }

    // The public setters all end in these two; they are overridden too in case an engine version stops doing so.
    @Override
    protected void setVariables(String taskId, Map<String, ?> variables, boolean local) {
        checkWrite(taskId, variables);
        super.setVariables(taskId, variables, local);
    }

    @Override
    public void setVariable(String taskId, String name, Object value) {
        checkWrite(taskId, java.util.Collections.singletonMap(name, value));
        super.setVariable(taskId, name, value);
    }

    @Override
    public void setVariableLocal(String taskId, String name, Object value) {
        checkWrite(taskId, java.util.Collections.singletonMap(name, value));
        super.setVariableLocal(taskId, name, value);
    }

    @Override
    protected void updateVariables(String taskId, Map<String, ?> modifications, Collection<String> deletions, boolean local) {
        checkWrite(taskId, modifications);
        checkRemoval(taskId, deletions);
        super.updateVariables(taskId, modifications, deletions, local);
    }

    @Override
    public void removeVariable(String taskId, String name) {
        checkRemoval(taskId, List.of(name));
        super.removeVariable(taskId, name);
    }

    @Override
    public void removeVariableLocal(String taskId, String name) {
        checkRemoval(taskId, List.of(name));
        super.removeVariableLocal(taskId, name);
    }

    @Override
    public void removeVariables(String taskId, Collection<String> names) {
        checkRemoval(taskId, names);
        super.removeVariables(taskId, names);
    }

    @Override
    public void removeVariablesLocal(String taskId, Collection<String> names) {
        checkRemoval(taskId, names);
        super.removeVariablesLocal(taskId, names);
    }

    private void checkCompletion(String taskId, Map<String, ?> variables) {
        contracts.contractOf(commandExecutor, taskId).ifPresent(c -> c.checkCompletion(variables, contracts.byUser(),
                name -> contracts.processVariable(commandExecutor, taskId, name)));
    }

    /**
     * Writes outside the contract are refused as an authorization failure (403 on every engine-rest
     * variable endpoint; those endpoints answer 500 to other engine exceptions), naming the field.
     */
    private void checkWrite(String taskId, Map<String, ?> variables) {
        try {
            contracts.contractOf(commandExecutor, taskId).ifPresent(c -> c.checkWrite(variables, contracts.byUser()));
        } catch (ContractViolationException refused) {
            throw new AuthorizationException(refused.getMessage());
        }
    }

    private void checkRemoval(String taskId, Collection<String> names) {
        if (names != null && !names.isEmpty()) {
            try {
                contracts.contractOf(commandExecutor, taskId).ifPresent(c -> c.checkRemoval(names));
            } catch (ContractViolationException refused) {
                throw new AuthorizationException(refused.getMessage());
            }
        }
    }
}
