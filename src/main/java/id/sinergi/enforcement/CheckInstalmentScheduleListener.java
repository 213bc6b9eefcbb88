package id.sinergi.enforcement;

import id.sinergi.calendar.DeadlineCalculator;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing the schedule task checks the plan against {@link InstalmentRules}. The task contract already
 * refused wrong types and ranges; the rules that tie fields together (first due date against the signing
 * date, the signing date against today) are checked here, before the task ends, so a refused plan leaves
 * the task open and engine-rest answers 400 naming the field.
 */
@Component("checkInstalmentSchedule")
class CheckInstalmentScheduleListener implements TaskListener {

    private final DeadlineCalculator deadlines;

    CheckInstalmentScheduleListener(DeadlineCalculator deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        var variables = InstalmentPlanProcess.variables(task);
        var zone = deadlines.zone();
        InstalmentRules.check(variables.planTotal(), variables.instalmentCount(), variables.firstDueDate(zone),
                variables.planSignedOn(zone), deadlines.today());
    }
}
