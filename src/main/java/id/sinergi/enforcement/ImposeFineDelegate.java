package id.sinergi.enforcement;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Establishes the administrative fine on the established arrears when warning II has ended. It only
 * computes: the model routes on the amount, so a fine of Rp0 sends no notice and waits no fine period.
 */
@Component("imposeFine")
class ImposeFineDelegate implements JavaDelegate {

    private final FineCalculator fines;

    ImposeFineDelegate(FineCalculator fines) {
        this.fines = fines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        BigDecimal fine = fines.fineFor(variables.establishedArrears());
        variables.setFineAmount(fine);
    }
}
