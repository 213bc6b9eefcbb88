package id.sinergi.enforcement;

import id.sinergi.calendar.DeadlineCalculator;
import id.sinergi.enforcement.InstalmentPlanProcess.Status;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the signed plan and its instalments as ACTIVE, and sets when the timer first checks them. The
 * rules are checked again: the schedule task's listener refused a wrong plan already, but this step is
 * what writes the register, so it never trusts a path it did not see.
 */
@Component("createInstalmentPlan")
class CreateInstalmentPlanDelegate implements JavaDelegate {

    private final InstalmentPlans plans;
    private final DeadlineCalculator deadlines;

    CreateInstalmentPlanDelegate(InstalmentPlans plans, DeadlineCalculator deadlines) {
        this.plans = plans;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = InstalmentPlanProcess.variables(execution);
        var zone = deadlines.zone();
        long total = variables.planTotal();
        Integer count = variables.instalmentCount();
        var firstDue = variables.firstDueDate(zone);
        var signedOn = variables.planSignedOn(zone);
        InstalmentRules.check(total, count, firstDue, signedOn, deadlines.today());
        String id = plans.create(variables.caseNumber(), variables.madeAt(), total, signedOn, variables.planReference(),
                InstalmentRules.schedule(total, count, firstDue));
        variables.setPlanId(id);
        variables.setStatus(Status.ACTIVE);
        variables.setNextCheckAt(plans.nextCheckAt(id));
    }
}
