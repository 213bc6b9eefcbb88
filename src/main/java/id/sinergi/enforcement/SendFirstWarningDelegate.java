package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends written warning I, which runs for 10 working days. */
@Component("sendFirstWarning")
class SendFirstWarningDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;

    SendFirstWarningDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseLetters.sendWithDeadline(execution, LetterKind.FIRST_WARNING, Vars.FIRST_WARNING_DEADLINE, deadlines.warningEnds(), Map.of());
    }
}
