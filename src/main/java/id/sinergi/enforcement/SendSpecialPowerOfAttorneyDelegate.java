package id.sinergi.enforcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the approved special power of attorney (SKK), enclosed in its cover letter, to the prosecutor's office named in it. */
@Component("sendSpecialPowerOfAttorney")
class SendSpecialPowerOfAttorneyDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementCaseRepository cases;

    SendSpecialPowerOfAttorneyDelegate(CaseLetters caseLetters, EnforcementCaseRepository cases) {
        this.caseLetters = caseLetters;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        caseLetters.specialPowerOfAttorney(execution);
        // From now on the office holding the SKK follows the case through the agency API.
        cases.assignProsecutor(variables.caseNumber(), variables.prosecutorOffice());
    }
}
