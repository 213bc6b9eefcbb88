package id.sinergi.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Puts the guards into the engine itself, so engine-rest, the Tasklist API and the Java API all meet
 * them: task completions and task variable writes are checked against the task contracts, and only
 * administrators steer instances (start elsewhere than the start event, modify, restart, migrate).
 * Camunda's Spring Boot starter applies every ProcessEnginePlugin bean before the engine is built.
 */
@Component
class EngineGuards extends AbstractProcessEnginePlugin {

    private final Map<String, TaskContracts> contractsByProcess;
    private final org.springframework.beans.factory.ObjectProvider<TaskFormRead> formReads;
    private final org.springframework.beans.factory.ObjectProvider<TaskFormContext> formContexts;

    EngineGuards(List<TaskContracts> contracts, org.springframework.beans.factory.ObjectProvider<TaskFormRead> formReads,
                 org.springframework.beans.factory.ObjectProvider<TaskFormContext> formContexts) {
        this.contractsByProcess = contracts.stream().collect(Collectors.toMap(TaskContracts::processKey, c -> c));
        this.formReads = formReads;
        this.formContexts = formContexts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Supplier<Authentication> authentication = () -> configuration.getIdentityService().getCurrentAuthentication();
        ContractLookup lookup = new ContractLookup(contractsByProcess, authentication);
        configuration.setTaskService(new ContractTaskService(lookup));
        configuration.setFormService(new ContractFormService(lookup, authentication, formReads, formContexts));
        List<CommandInterceptor> pre = new ArrayList<>(Optional.ofNullable(configuration.getCustomPreCommandInterceptorsTxRequired())
                .orElse(List.of()));
        pre.add(new SteeringGuard(authentication));
        // Its contract look-ups run as commands of their own, through the executor built by then.
        pre.add(new StartContractGuard(lookup, configuration::getCommandExecutorTxRequired));
        configuration.setCustomPreCommandInterceptorsTxRequired(pre);
    }

    /** Finds the contract of a task, reading the task without authorization checks (the command itself checks). */
    static final class ContractLookup {

        private final Map<String, TaskContracts> contractsByProcess;
        private final Supplier<Authentication> authentication;

        ContractLookup(Map<String, TaskContracts> contractsByProcess, Supplier<Authentication> authentication) {
            this.contractsByProcess = contractsByProcess;
            this.authentication = authentication;
        }

        /** Empty for a task of a process without contracts, or no such task (the engine then reports it). */
        /** A variable as the task sees it (its own scope, then up to the process instance). */
        Object processVariable(CommandExecutor executor, String taskId, String name) {
            return executor.execute(context -> {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                return task == null ? null : task.getVariable(name);
            });
        }

        Optional<TaskContract> contractOf(CommandExecutor executor, String taskId) {
            if (taskId == null) {
                return Optional.empty();
            }
            String[] keys = executor.execute(context -> {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task == null || task.getProcessDefinitionId() == null) {
                    return null;
                }
                String processKey = context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
                return new String[] {processKey, task.getTaskDefinitionKey()};
            });
            if (keys == null || !contractsByProcess.containsKey(keys[0])) {
                return Optional.empty();
            }
            TaskContract contract = contractsByProcess.get(keys[0]).byTask().get(keys[1]);
            if (contract == null) {
                // A task of a guarded process without a contract accepts nothing rather than everything.
                contract = TaskContract.task(keys[1]);
            }
            return Optional.of(contract);
        }

        /**
         * The contract of a process's start form, by the id of its start event; a guarded process without
         * one accepts no start from a user. Empty for a process without contracts.
         */
        Optional<TaskContract> startContractOf(CommandExecutor executor, String processDefinitionId, String processDefinitionKey) {
            String[] keys = executor.execute(context -> {
                var cache = context.getProcessEngineConfiguration().getDeploymentCache();
                var definition = processDefinitionId != null ? cache.findDeployedProcessDefinitionById(processDefinitionId)
                        : cache.findDeployedLatestProcessDefinitionByKey(processDefinitionKey);
                return new String[] {definition.getKey(), definition.getInitial().getId()};
            });
            if (!contractsByProcess.containsKey(keys[0])) {
                return Optional.empty();
            }
            return Optional.of(contractsByProcess.get(keys[0]).byTask().getOrDefault(keys[1], TaskContract.task(keys[1])));
        }

        /** The task whose form is read, looked up without authorization checks (the read itself was checked); null if gone. */
        TaskFormContext.FormTask formTask(CommandExecutor executor, String taskId) {
            return executor.execute(context -> {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task == null || task.getProcessDefinitionId() == null) {
                    return null;
                }
                String processKey = context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
                var instance = context.getExecutionManager().findExecutionById(task.getProcessInstanceId());
                return new TaskFormContext.FormTask(taskId, processKey, task.getTaskDefinitionKey(), task.getProcessInstanceId(),
                        instance == null ? null : instance.getBusinessKey());
            });
        }

        /** A user is authenticated (engine-rest, Tasklist); without one it is the application's own code. */
        boolean byUser() {
            return authentication.get() != null;
        }
    }
}
