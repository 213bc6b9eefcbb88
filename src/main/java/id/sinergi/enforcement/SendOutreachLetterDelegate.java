package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the outreach letter (imbauan) and sets the wait before inspection. */
@Component("sendOutreachLetter")
class SendOutreachLetterDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;

    SendOutreachLetterDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseLetters.sendWithDeadline(execution, LetterKind.OUTREACH, Vars.OUTREACH_DEADLINE, deadlines.outreachEnds(), Map.of());
    }
}
