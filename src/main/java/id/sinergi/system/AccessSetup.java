package id.sinergi.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, in every profile and idempotently, the groups the processes assign work to, what each group
 * may see, and the Tasklist filters. Task access itself comes from candidate groups: the engine grants
 * a task's candidate group the right to read and work that task, and nothing else.
 */
@Component
@Order(0)
class AccessSetup {

    static final String FILTER_GROUP_TASKS = "Tugas kelompok saya";
    static final String FILTER_MY_TASKS = "Tugas saya";
    static final String FILTER_ENFORCEMENT = "Penegakan kepatuhan";
    static final String FILTER_AGREEMENTS = "Perjanjian kerja sama";

    private static final String[] ENFORCEMENT_PROCESSES = {"enforcement-case", "instalment-plan", "case-opening",
            "compliance-recording"};
    private static final String[] AGREEMENT_PROCESSES = {"agreement"};

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final List<ProcessAccess> processAccess;

    AccessSetup(ProcessEngine engine, List<ProcessAccess> processAccess) {
        this.identity = engine.getIdentityService();
        this.authorizations = engine.getAuthorizationService();
        this.filters = engine.getFilterService();
        this.tasks = engine.getTaskService();
        this.processAccess = processAccess;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void setUp() {
        for (String group : Groups.STAFF) {
            createGroup(group);
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        for (ProcessAccess access : processAccess) {
            for (String group : access.groups()) {
                if (!access.starterGroups().contains(group)) {
                    grant(group, Resources.PROCESS_DEFINITION, access.processKey(), Permissions.READ);
                }
            }
            for (String group : access.starterGroups()) {
                grant(group, Resources.PROCESS_DEFINITION, access.processKey(), Permissions.READ, Permissions.CREATE_INSTANCE);
                grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
            }
        }
        grantManagersCockpit();
        List<String> staffFilters = List.of(
                filter(FILTER_GROUP_TASKS, -10, "Tugas yang boleh dikerjakan kelompok Anda", TaskCards.allFilterVariables(),
                        groupTasks().orderByDueDate().asc()),
                filter(FILTER_MY_TASKS, -5, "Tugas yang sudah Anda klaim", TaskCards.allFilterVariables(),
                        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()),
                filter(FILTER_ENFORCEMENT, 0, "Tugas kelompok Anda dalam penegakan kepatuhan", TaskCards.filterVariables(TaskCards.CASE),
                        groupTasks().processDefinitionKeyIn(ENFORCEMENT_PROCESSES).orderByDueDate().asc()),
                filter(FILTER_AGREEMENTS, 5, "Tugas kelompok Anda dalam perjanjian kerja sama", TaskCards.filterVariables(TaskCards.AGREEMENT),
                        groupTasks().processDefinitionKeyIn(AGREEMENT_PROCESSES).orderByDueDate().asc()));
        for (String group : Groups.STAFF) {
            for (String filterId : staffFilters) {
                grant(group, Resources.FILTER, filterId, Permissions.READ);
            }
        }
    }

    private TaskQuery groupTasks() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
    }

    private void grantManagersCockpit() {
        String managers = Groups.MANAGERS;
        grant(managers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(managers, Resources.PROCESS_DEFINITION, "*",
                Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(managers, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(managers, Resources.TASK, "*", Permissions.READ);
        grant(managers, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(managers, Resources.DEPLOYMENT, "*", Permissions.READ);
    }

    private void createGroup(String id) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            var group = identity.newGroup(id);
            group.setName(Groups.displayName(id));
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            return;
        }
        var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /**
     * Creates the filter, or brings an existing one's properties (card variables, description, order) up to
     * date, so installations that created it earlier also show the cards' variables. Its query is kept.
     */
    private String filter(String name, int priority, String description, List<Map<String, String>> variables,
                          TaskQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", variables);
        properties.put("showUndefinedVariable", false);
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (!properties.equals(existing.getProperties())) {
                existing.setProperties(properties);
                filters.saveFilter(existing);
            }
            return existing.getId();
        }
        Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
        return filters.saveFilter(filter).getId();
    }
}
