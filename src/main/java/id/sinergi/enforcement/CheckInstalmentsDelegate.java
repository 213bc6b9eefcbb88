package id.sinergi.enforcement;

import id.sinergi.enforcement.InstalmentPlanProcess.Status;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After a payment or when a grace period ends: judges the plan (paid off, in default, or still running),
 * ends it in the register when it is over, and otherwise sets when the timer checks next.
 */
@Component("checkInstalments")
class CheckInstalmentsDelegate implements JavaDelegate {

    private final InstalmentPlans plans;

    CheckInstalmentsDelegate(InstalmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = InstalmentPlanProcess.variables(execution);
        String planId = variables.planId();
        Status status = plans.assess(planId);
        if (status == Status.ACTIVE) {
            variables.setNextCheckAt(plans.nextCheckAt(planId));
        } else {
            plans.end(planId, status);
        }
        variables.setStatus(status);
    }
}
