package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends written warning II, the last before the fine, again 10 working days. */
@Component("sendSecondWarning")
class SendSecondWarningDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;

    SendSecondWarningDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseLetters.sendWithDeadline(execution, LetterKind.SECOND_WARNING, Vars.SECOND_WARNING_DEADLINE, deadlines.warningEnds(), Map.of());
    }
}
