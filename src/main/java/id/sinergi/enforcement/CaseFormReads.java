package id.sinergi.enforcement;

import id.sinergi.privacy.PersonalDataAccessLog;
import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import id.sinergi.privacy.PersonalDataAccessLog.Read;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import id.sinergi.system.TaskFormRead;
import java.util.List;
import java.util.Set;
import id.sinergi.system.AsApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A staff member opening a case's task in Tasklist sees the employer's data: the read is recorded against
 * the case and its employer's NIB. Tasks of the case's own processes (the ladder, its instalment plans)
 * carry the case number as business key.
 */
@Component
class CaseFormReads implements TaskFormRead {

    private static final Set<String> CASE_PROCESSES = Set.of(EnforcementCaseProcess.KEY, InstalmentPlanProcess.KEY);

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final EnforcementCaseRepository cases;
    private final PersonalDataAccessLog log;

    CaseFormReads(@Lazy TaskService tasks, @Lazy RepositoryService repository, @Lazy RuntimeService runtime,
                  @Lazy IdentityService identity, EnforcementCaseRepository cases, PersonalDataAccessLog log) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.cases = cases;
        this.log = log;
    }

    @Override
    public void read(String taskId, String userId) {
        // Staff may read their task, not the process instance behind it: the application looks the case up.
        var caseRead = AsApplication.call(identity, () -> {
            var task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null || task.getProcessDefinitionId() == null
                    || !CASE_PROCESSES.contains(repository.getProcessDefinition(task.getProcessDefinitionId()).getKey())) {
                return java.util.Optional.<Read>empty();
            }
            var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
            return cases.find(instance.getBusinessKey())
                    .map(c -> new Read(RecordType.ENFORCEMENT_CASE, c.caseNumber(), c.employerNib()));
        });
        caseRead.ifPresent(read -> log.record(ActorType.STAFF, userId, "Tasklist form of task " + taskId, null, List.of(read)));
    }
}
