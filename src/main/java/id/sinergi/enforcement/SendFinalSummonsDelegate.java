package id.sinergi.enforcement;

import id.sinergi.notification.LetterKind;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The employer did not come: summons it once more, for the last time. If it stays away, the ladder
 * goes on to the warnings on the reported figures.
 */
@Component("sendFinalSummons")
class SendFinalSummonsDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;

    SendFinalSummonsDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        Date inspectionDate = deadlines.inspectionDate();
        variables.setInspectionDate(inspectionDate);
        variables.setFinalSummonsSent();
        caseLetters.send(execution, LetterKind.FINAL_SUMMONS, Map.of(
                "inspectionDate", caseLetters.date(inspectionDate),
                "inspectionTeam", variables.jointInspection() ? SendSummonsDelegate.JOINT_TEAM : ""));
    }
}
