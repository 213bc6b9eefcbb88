package id.sinergi.system;

import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's FormService: Tasklist's {@code submit-form} is checked against the task contract like a completion. */
class ContractFormService extends FormServiceImpl {

    private final EngineGuards.ContractLookup contracts;
    private final java.util.function.Supplier<org.camunda.bpm.engine.impl.identity.Authentication> authentication;
    private final org.springframework.beans.factory.ObjectProvider<TaskFormRead> formReads;
    private final org.springframework.beans.factory.ObjectProvider<TaskFormContext> formContexts;

    ContractFormService(EngineGuards.ContractLookup contracts,
                        java.util.function.Supplier<org.camunda.bpm.engine.impl.identity.Authentication> authentication,
                        org.springframework.beans.factory.ObjectProvider<TaskFormRead> formReads,
                        org.springframework.beans.factory.ObjectProvider<TaskFormContext> formContexts) {
        this.contracts = contracts;
        this.authentication = authentication;
        this.formReads = formReads;
        this.formContexts = formContexts;
    }

    /**
     * What Tasklist (and engine-rest's form-variables) reads when a user opens a task: recorded as a read,
     * and given the display values of {@link TaskFormContext} when the whole form is asked for.
     */
    @Override
    public VariableMap getTaskFormVariables(String taskId, java.util.Collection<String> formVariables, boolean deserializeObjectValues) {
        VariableMap variables = super.getTaskFormVariables(taskId, formVariables, deserializeObjectValues);
        var user = authentication.get();
        if (user != null) {
            formReads.orderedStream().forEach(reads -> reads.read(taskId, user.getUserId()));
        }
        if (formVariables == null || formVariables.isEmpty()) {
            addDisplayValues(taskId, variables);
        }
        return variables;
    }

    private void addDisplayValues(String taskId, VariableMap variables) {
        TaskFormContext.FormTask task = contracts.formTask(commandExecutor, taskId);
        if (task == null) {
            return;
        }
        // The values are formatted from plain Java values, so a serialized form read gets the same text.
        Map<String, Object> plain = new java.util.HashMap<>();
        variables.keySet().forEach(name -> {
            var typed = variables.getValueTyped(name);
            if (!(typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable) || serializable.isDeserialized()) {
                plain.put(name, typed.getValue());
            }
        });
        formContexts.orderedStream().forEach(context -> context.of(task, java.util.Collections.unmodifiableMap(plain))
                .forEach((name, value) -> {
                    if (!variables.containsKey(name) && value != null) {
                        variables.putValueTyped(name, org.camunda.bpm.engine.variable.Variables.stringValue(value.toString()));
                    }
                }));
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        check(taskId, properties);
        var submitted = Uploads.transientUploads(properties);
        TaskSubmissions.run(taskId, submitted, () -> super.submitTaskForm(taskId, submitted));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserializeValues) {
        check(taskId, properties);
        var submitted = Uploads.transientUploads(properties);
        return TaskSubmissions.during(taskId, submitted,
                () -> super.submitTaskFormWithVariablesInReturn(taskId, submitted, deserializeValues));
    }

    @Override
    public void submitTaskFormData(String taskId, Map<String, String> properties) {
        check(taskId, properties);
        TaskSubmissions.run(taskId, properties, () -> super.submitTaskFormData(taskId, properties));
    }

    @Override
    public org.camunda.bpm.engine.runtime.ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
        checkStart(processDefinitionId, properties);
        if (keptOutOfHistory(processDefinitionId)) {
            return startKeptOutOfHistory(processDefinitionId, null, properties);
        }
        return super.submitStartForm(processDefinitionId, Uploads.transientUploads(properties));
    }

    @Override
    public org.camunda.bpm.engine.runtime.ProcessInstance submitStartForm(String processDefinitionId, String businessKey,
                                                                         Map<String, Object> properties) {
        checkStart(processDefinitionId, properties);
        if (keptOutOfHistory(processDefinitionId)) {
            return startKeptOutOfHistory(processDefinitionId, businessKey, properties);
        }
        return super.submitStartForm(processDefinitionId, businessKey, Uploads.transientUploads(properties));
    }

    private boolean keptOutOfHistory(String processDefinitionId) {
        return contracts.startContractOf(commandExecutor, processDefinitionId, null).map(TaskContract::isKeptOutOfHistory).orElse(false);
    }

    /**
     * A start kept out of history is started as engine-rest's {@code /start} starts one, with transient values: a form
     * submission would also write each submitted value to history as a form property (history FULL). The same
     * authorizations apply (create an instance of the definition), and the start guard checks it again.
     */
    private org.camunda.bpm.engine.runtime.ProcessInstance startKeptOutOfHistory(String processDefinitionId, String businessKey,
                                                                                 Map<String, Object> properties) {
        return org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl.createProcessInstanceById(commandExecutor, processDefinitionId)
                .businessKey(businessKey).setVariables(Uploads.allTransient(properties)).execute();
    }

    @Override
    public org.camunda.bpm.engine.runtime.ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
        checkStart(processDefinitionId, properties);
        return super.submitStartFormData(processDefinitionId, properties);
    }

    @Override
    public org.camunda.bpm.engine.runtime.ProcessInstance submitStartFormData(String processDefinitionId, String businessKey,
                                                                             Map<String, String> properties) {
        checkStart(processDefinitionId, properties);
        return super.submitStartFormData(processDefinitionId, businessKey, properties);
    }

    private void checkStart(String processDefinitionId, Map<String, ?> properties) {
        if (contracts.byUser()) {
            contracts.startContractOf(commandExecutor, processDefinitionId, null)
                    .ifPresent(c -> c.checkCompletion(properties, true));
        }
    }

    private void check(String taskId, Map<String, ?> properties) {
        contracts.contractOf(commandExecutor, taskId).ifPresent(c -> c.checkCompletion(properties, contracts.byUser(),
                name -> contracts.processVariable(commandExecutor, taskId, name)));
    }
}
