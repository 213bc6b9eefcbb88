package id.sinergi.enforcement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Holds the ladder still while an instalment plan runs: execution listeners on the plan's call activity
 * ({@code start} = {@link #pause}, {@code end} = {@link #resume}).
 *
 * <p>Why pause rather than end or restart the ladder: an agreed plan is not compliance. The obligation is
 * met only when the plan is paid off, so the ladder must not go on (no next warning, fine or withholding
 * while the employer pays as agreed), yet it must not be forgotten either: on default it resumes at the step
 * it had reached, with the time that step had left, not from the start. Suspended timer jobs keep their due
 * dates, so a timer whose date passed during the plan fires as soon as it is reactivated.
 *
 * <p>Only the ladder's timers are paused: the plan's own timers belong to its own process instance, and
 * the prosecutor follow-up keeps running, since the prosecutor is still owed reports on a plan made there.
 */
@Component("ladderPause")
public class LadderPause {

    /** Local to the call activity's execution: the ids of the jobs this pause suspended, comma-separated. */
    static final String PAUSED_JOBS = "ladderPausedJobs";

    /** Timers that keep running while a plan runs. */
    static final Set<String> KEEP_RUNNING = Set.of(EnforcementCaseProcess.Elements.MONTHLY_FOLLOW_UP);

    private final ManagementService management;

    LadderPause(@Lazy ManagementService management) {
        this.management = management;
    }

    public void pause(DelegateExecution execution) {
        List<String> paused = pause(execution.getProcessInstanceId());
        execution.setVariableLocal(PAUSED_JOBS, String.join(",", paused));
    }

    public void resume(DelegateExecution execution) {
        Object paused = execution.getVariableLocal(PAUSED_JOBS);
        // Only a default resumes the ladder. A paid-off plan closes the case, and so does a case cancelled
        // around the plan: the engine deletes the paused timers in this same transaction, and reactivating
        // them first (a bulk update) would leave the engine deleting a stale copy.
        boolean defaulted = InstalmentPlanProcess.Status.DEFAULTED.name()
                .equals(execution.getVariable(EnforcementCaseProcess.Vars.INSTALMENT_PLAN_RESULT));
        if (defaulted && paused instanceof String ids && !ids.isEmpty()) {
            resume(Arrays.asList(ids.split(",")));
        }
        execution.removeVariableLocal(PAUSED_JOBS);
    }

    /** Suspends the instance's active ladder timers; returns exactly the jobs it suspended. */
    List<String> pause(String processInstanceId) {
        List<String> suspended = new ArrayList<>();
        for (var timer : management.createJobQuery().processInstanceId(processInstanceId).timers().active().list()) {
            var definition = timer.getJobDefinitionId() == null ? null
                    : management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult();
            if (definition != null && KEEP_RUNNING.contains(definition.getActivityId())) {
                continue;
            }
            management.suspendJobById(timer.getId());
            suspended.add(timer.getId());
        }
        return suspended;
    }

    /** Reactivates the jobs a pause suspended that still exist (a timer ended meanwhile is gone). */
    void resume(List<String> jobIds) {
        for (String id : jobIds) {
            if (management.createJobQuery().jobId(id).count() > 0) {
                management.activateJobById(id);
            }
        }
    }
}
