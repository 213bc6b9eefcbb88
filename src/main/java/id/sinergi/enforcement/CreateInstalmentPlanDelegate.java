package id.sinergi.enforcement;

import id.sinergi.calendar.DeadlineCalculator;
import id.sinergi.enforcement.InstalmentPlanProcess.Status;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks the signed plan against {@link InstalmentRules}, then stores it and its instalments as ACTIVE and
 * sets when the timer first checks them. The task contract refused wrong types and ranges already; the
 * rules that tie fields together (first due date against the signing date, the signing date against today)
 * are checked here. This task runs synchronously inside the schedule task's completion, so a refused plan
 * fails that completion with a {@link id.sinergi.system.ContractViolationException} naming the field
 * (engine-rest and Tasklist answer 400) and the task stays open. (A task listener would not do: the engine
 * wraps a listener's exception, which engine-rest answers with 500.)
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
