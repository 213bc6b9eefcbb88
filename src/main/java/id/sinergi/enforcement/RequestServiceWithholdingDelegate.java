package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.LetterKind;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the licensing office to withhold public services (TMP3T). From here on, a settled case must
 * ask for the sanction to be lifted.
 */
@Component("requestServiceWithholding")
class RequestServiceWithholdingDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;
    private final CaseRecords records;
    private final Clock clock;

    RequestServiceWithholdingDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines, CaseRecords records,
                                      Clock clock) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        variables.setServicesWithheld(true);
        records.sanctionRequested(variables.caseNumber(), variables.employerDistrict(), OffsetDateTime.now(clock));
        caseLetters.sendWithDeadline(execution, LetterKind.SERVICE_WITHHOLDING_REQUEST, Vars.SERVICE_SANCTION_DEADLINE,
                deadlines.serviceSanctionEnds(), Map.of());
    }
}
