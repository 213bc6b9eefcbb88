package id.sinergi.document;

import id.sinergi.agreement.AgreementProcess;
import id.sinergi.agreement.AgreementRepository;
import id.sinergi.enforcement.EnforcementCaseProcess;
import id.sinergi.enforcement.EnforcementCaseRepository;
import id.sinergi.enforcement.InstalmentPlanProcess;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.AsApplication;
import id.sinergi.system.Groups;
import id.sinergi.system.StaffUser;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The case or agreement a Tasklist task works on, for the task's "Dokumen" tab. A case's processes (the
 * ladder and its instalment plans, called with the case's business key) carry the case number as business
 * key; an agreement's business key changes at registration, so it is found by the instance the register
 * stored. Only who may see the task learns its record: the assignee, a candidate (by group or by name),
 * whoever the engine lets read it (managers read every task) and administrators.
 */
@Component
class TaskRecords {

    static final String CASES = "enforcement-cases";
    static final String AGREEMENTS = "agreements";

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final EnforcementCaseRepository cases;
    private final AgreementRepository agreements;

    TaskRecords(TaskService tasks, RepositoryService repository, RuntimeService runtime, IdentityService identity,
                AuthorizationService authorizations, EnforcementCaseRepository cases, AgreementRepository agreements) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.authorizations = authorizations;
        this.cases = cases;
        this.agreements = agreements;
    }

    /** Where a task's documents are: {@code records} as in the document paths, and the record's id. */
    record TaskRecord(
            @Schema(description = "enforcement-cases or agreements, as in the document paths", example = "enforcement-cases")
            String recordType,
            @Schema(description = "The case number or the agreement id", example = "ENF-2026-000006") String recordId,
            @Schema(description = "The record's staff document list", example = "/api/staff/enforcement-cases/ENF-2026-000006/documents")
            String documentsUrl) {

        static TaskRecord of(String records, String recordId) {
            return new TaskRecord(records, recordId, "/api/staff/" + records + "/" + recordId + "/documents");
        }
    }

    TaskRecord of(StaffUser staff, String taskId) {
        // The engine's own checks would refuse staff the process instance behind their task: the application looks.
        return AsApplication.call(identity, () -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                throw new ApiProblem(HttpStatus.NOT_FOUND, "task-not-found", "Task not found", "No open task " + taskId + " exists.");
            }
            if (!maySee(staff, task)) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "Only the task's assignee, its candidates and administrators may see it.");
            }
            return recordOf(task).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "no-record", "No record",
                    "Task " + taskId + " does not work on an enforcement case or an agreement."));
        });
    }

    /**
     * The case or agreement a running process instance works on, for Cockpit's "Berkas kasus" tab. Only for
     * whoever the engine lets read the instance (managers read every instance) and administrators.
     */
    TaskRecord ofInstance(StaffUser staff, String processInstanceId) {
        return AsApplication.call(identity, () -> {
            var instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
            if (instance == null) {
                throw new ApiProblem(HttpStatus.NOT_FOUND, "process-instance-not-found", "Process instance not found",
                        "No running process instance " + processInstanceId + " exists.");
            }
            String processKey = repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
            boolean maySee = staff.isIn(Groups.ADMINS)
                    || authorizations.isUserAuthorized(staff.userId(), staff.groupIds(), Permissions.READ,
                            Resources.PROCESS_INSTANCE, instance.getId())
                    || authorizations.isUserAuthorized(staff.userId(), staff.groupIds(), Permissions.READ_INSTANCE,
                            Resources.PROCESS_DEFINITION, processKey);
            if (!maySee) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "Only who may read the process instance and administrators may see its record.");
            }
            return recordOf(processKey, instance.getId(), instance.getBusinessKey())
                    .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "no-record", "No record",
                            "Process instance " + processInstanceId + " does not work on an enforcement case or an agreement."));
        });
    }

    /** As Tasklist would show it: assigned to them, offered to them or their group, or readable by a grant (managers). */
    private boolean maySee(StaffUser staff, Task task) {
        if (staff.isIn(Groups.ADMINS) || staff.userId().equals(task.getAssignee())) {
            return true;
        }
        boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> staff.userId().equals(link.getUserId())
                        || (link.getGroupId() != null && staff.isIn(link.getGroupId())));
        return candidate || authorizations.isUserAuthorized(staff.userId(), staff.groupIds(), Permissions.READ,
                Resources.TASK, task.getId());
    }

    private Optional<TaskRecord> recordOf(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return Optional.empty(); // a standalone or case task
        }
        String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return recordOf(processKey, task.getProcessInstanceId(), instance == null ? null : instance.getBusinessKey());
    }

    private Optional<TaskRecord> recordOf(String processKey, String processInstanceId, String businessKey) {
        if (processKey.equals(EnforcementCaseProcess.KEY) || processKey.equals(InstalmentPlanProcess.KEY)) {
            return Optional.ofNullable(businessKey).flatMap(cases::find).map(c -> TaskRecord.of(CASES, c.caseNumber()));
        }
        if (processKey.equals(AgreementProcess.KEY)) {
            return agreements.idOfInstance(processInstanceId).map(id -> TaskRecord.of(AGREEMENTS, id));
        }
        return Optional.empty();
    }
}
