package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.Formats;
import id.sinergi.notification.LetterKind;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes the administrative fine on the established arrears and sends the fine notice. */
@Component("imposeFine")
class ImposeFineDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;
    private final FineCalculator fines;

    ImposeFineDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines, FineCalculator fines) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
        this.fines = fines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        BigDecimal fine = fines.fineFor(variables.establishedArrears());
        variables.setFineAmount(fine);
        caseLetters.sendWithDeadline(execution, LetterKind.FINE_NOTICE, Vars.FINE_DEADLINE, deadlines.finePeriodEnds(),
                Map.of("fine", Formats.rupiah(fine)));
    }
}
