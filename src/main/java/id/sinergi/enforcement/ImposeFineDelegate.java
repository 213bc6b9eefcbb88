package id.sinergi.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
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
    private final CaseRecords records;
    private final CaseSettlement settlement;
    private final Clock clock;

    ImposeFineDelegate(FineCalculator fines, CaseRecords records, CaseSettlement settlement, Clock clock) {
        this.fines = fines;
        this.records = records;
        this.settlement = settlement;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        // The base is what remains outstanding: a payment in part at inspection or later (instalments too) lowers it.
        BigDecimal basis = settlement.outstanding(variables);
        BigDecimal fine = fines.fineFor(basis);
        variables.setFineAmount(fine);
        records.fineImposed(variables.caseNumber(), fine, basis, OffsetDateTime.now(clock));
    }
}
