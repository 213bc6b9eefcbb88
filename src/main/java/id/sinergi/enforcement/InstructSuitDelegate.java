package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPJS decided to sue: the claim decides the kind of suit, and the state attorney holding the SKK is asked
 * to file it. From here the monthly follow-up of the out-of-court stage has stopped; the court's own
 * clock applies.
 */
@Component("instructSuit")
class InstructSuitDelegate implements JavaDelegate {

    private final CaseCourt court;
    private final CaseLetters caseLetters;

    InstructSuitDelegate(CaseCourt court, CaseLetters caseLetters) {
        this.court = court;
        this.caseLetters = caseLetters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        BigDecimal claim = BigDecimal.valueOf(variables.amount(Vars.CLAIM_AMOUNT));
        String kind = court.kindFor(claim);
        execution.setVariable(CaseCourt.COURT_KIND, kind);
        caseLetters.suitInstruction(execution, kind, claim);
    }
}
