package id.sinergi.enforcement;

import static id.sinergi.system.TaskContract.task;

import id.sinergi.enforcement.InstalmentPlanProcess.Elements;
import id.sinergi.enforcement.InstalmentPlanProcess.Vars;
import id.sinergi.system.TaskContract;
import id.sinergi.system.TaskContracts;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the user task of {@code instalment-plan} accepts: exactly its form's fields. The plan's total and
 * where it was made come from the calling case and belong to no task. Ranges the form can state are
 * refused here; the rules tying fields together are {@link InstalmentRules}, checked as the task completes.
 */
@Component
public class InstalmentPlanTaskContracts implements TaskContracts {

    private static final Map<String, TaskContract> CONTRACTS = TaskContracts.of(
            task(Elements.SCHEDULE_INSTALMENTS)
                    .number(Vars.INSTALMENT_COUNT).range(1, InstalmentRules.MAX_INSTALMENTS).required()
                    .date(Vars.FIRST_DUE_DATE).required()
                    .date(Vars.PLAN_SIGNED_ON).required()
                    .text(Vars.PLAN_REFERENCE).maxLength(100).required());

    @Override
    public String processKey() {
        return InstalmentPlanProcess.KEY;
    }

    @Override
    public Map<String, TaskContract> byTask() {
        return CONTRACTS;
    }
}
