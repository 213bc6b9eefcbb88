package id.sinergi.enforcement;

import id.sinergi.notification.LetterKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The employer did not come: summons it once more, for the last time, on the new appointment. If it
 * stays away, the ladder goes on to the warnings on the reported figures.
 */
@Component("sendFinalSummons")
class SendFinalSummonsDelegate implements JavaDelegate {

    private final InspectionSummons summons;

    SendFinalSummonsDelegate(InspectionSummons summons) {
        this.summons = summons;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EnforcementCaseProcess.variables(execution).setFinalSummonsSent();
        summons.send(execution, LetterKind.FINAL_SUMMONS);
    }
}
