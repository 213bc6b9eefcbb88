package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends written warning I, which runs for 10 working days, with the final inspection report when there was one. */
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
        caseLetters.firstWarning(execution, Vars.FIRST_WARNING_DEADLINE, deadlines.warningEnds());
    }
}
