package id.sinergi.casefile;

import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.agreement.AgreementProcess;
import id.sinergi.calendar.Zones;
import id.sinergi.casefile.RecordEntries.ActorType;
import id.sinergi.casefile.RecordEntries.Entry;
import id.sinergi.enforcement.EnforcementCaseProcess;
import id.sinergi.enforcement.InstalmentPlanProcess;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import id.sinergi.system.TaskContract;
import id.sinergi.system.TaskContracts;
import id.sinergi.system.TaskSubmissions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Writes one register entry for a completed user task of a case (its ladder, its instalment plans, the
 * verification of its compliance reports) or of an agreement: who, when, and the fields its task
 * contract declares as this completion submitted them. A field named {@code ...Notes} is the step's
 * notes; the first choice field is what it decided. Only the task's own fields are kept, so nothing the
 * step did not establish (the employer's NIB, NPWP or email) is copied into the file.
 */
@Component
class StepRecorder {

    private static final Map<String, RecordType> RECORDED = Map.of(
            EnforcementCaseProcess.KEY, RecordType.ENFORCEMENT_CASE,
            InstalmentPlanProcess.KEY, RecordType.ENFORCEMENT_CASE,
            AgreementProcess.KEY, RecordType.AGREEMENT);

    private final RecordEntries entries;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, TaskContracts> contracts;

    StepRecorder(RecordEntries entries, JdbcClient jdbc, Clock clock, List<TaskContracts> contracts) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
        this.contracts = contracts.stream().collect(Collectors.toMap(TaskContracts::processKey, Function.identity()));
    }

    static boolean records(String processKey) {
        return RECORDED.containsKey(processKey);
    }

    void completed(String processKey, DelegateTask task) {
        RecordType type = RECORDED.get(processKey);
        Optional<String> recordId = recordOf(type, task);
        if (recordId.isEmpty()) {
            return; // an instance not (yet) linked to a register record: the demo's seeding, nothing a user did
        }
        TaskContract contract = Optional.ofNullable(contracts.get(processKey))
                .map(c -> c.byTask().get(task.getTaskDefinitionKey()))
                .orElse(TaskContract.task(task.getTaskDefinitionKey()));
        // This completion's own values; a completion that bypassed the services falls back on what the task sees.
        Map<String, ?> submitted = TaskSubmissions.of(task.getId()).orElseGet(() -> contract.fields().keySet().stream()
                .filter(key -> task.getVariable(key) != null)
                .collect(Collectors.toMap(key -> key, task::getVariable)));
        Map<String, Object> facts = new LinkedHashMap<>();
        StringBuilder notes = new StringBuilder();
        String decision = null;
        for (TaskContract.Field field : contract.fields().values()) {
            Object value = plain(field, submitted.get(field.key()));
            if (value == null) {
                continue;
            }
            if (field.key().endsWith("Notes")) {
                notes.append(notes.isEmpty() ? "" : "\n").append(value);
            } else {
                facts.put(field.key(), value);
                if (decision == null && field.kind() == TaskContract.Kind.CHOICE) {
                    decision = value.toString();
                }
            }
        }
        Actor actor = actor();
        entries.add(new Entry(type, recordId.get(), OffsetDateTime.now(clock), actor.type(), actor.id(), processKey,
                task.getTaskDefinitionKey(), task.getName(), RecordEntries.TASK_COMPLETED, decision, facts,
                notes.isEmpty() ? null : notes.toString()));
    }

    /**
     * A case's processes carry its case number as business key. An agreement's business key changes at
     * registration (draft reference, then number), so it is found by the instance the register stored.
     */
    private Optional<String> recordOf(RecordType type, DelegateTask task) {
        if (type == RecordType.AGREEMENT) {
            return jdbc.sql("SELECT agreement_id FROM agreement WHERE process_instance_id = ?")
                    .param(task.getProcessInstanceId()).query(String.class).optional();
        }
        return Optional.ofNullable(task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey());
    }

    private record Actor(ActorType type, String id) {
    }

    /** The logged-in user (Tasklist, engine-rest); else the agency whose API call completed it; else the application. */
    private static Actor actor() {
        var authentication = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return new Actor(ActorType.STAFF, authentication.getUserId());
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ApiAuthenticationFilter.AGENCY, RequestAttributes.SCOPE_REQUEST)
                instanceof AgencyClient agency) {
            return new Actor(ActorType.AGENCY, agency.agencyId());
        }
        return new Actor(ActorType.SYSTEM, "system");
    }

    /** A form's value as plain JSON: text, number, true/false, or a date as yyyy-MM-dd; blank is absent. */
    private static Object plain(TaskContract.Field field, Object raw) {
        Object value = raw instanceof TypedValue typed ? typed.getValue() : raw;
        if (value instanceof Date date) {
            return Zones.officeDate(date).toString();
        }
        if (value instanceof String text) {
            if (text.isBlank()) {
                return null;
            }
            return field.kind() == TaskContract.Kind.DATE && text.length() > 10 ? text.substring(0, 10) : text;
        }
        return value instanceof Number || value instanceof Boolean ? value : null;
    }
}
