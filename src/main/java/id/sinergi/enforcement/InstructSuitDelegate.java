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

    InstructSuitDelegate(CaseCourt court) {
        this.court = court;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        execution.setVariable(CaseCourt.COURT_KIND, court.kindFor(BigDecimal.valueOf(variables.amount(Vars.CLAIM_AMOUNT))));
    }
}
