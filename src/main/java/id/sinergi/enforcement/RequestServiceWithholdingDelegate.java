package id.sinergi.enforcement;

import id.sinergi.calendar.Zones;
import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import id.sinergi.notification.Letter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the licensing office of the employer's district, and the OSS office for centrally issued licences,
 * to withhold public services (TMP3T, PP 86/2013 Pasal 8-9). From here on, a settled case must ask the same
 * offices to lift the sanction, unless the office refused it.
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
        var sent = caseLetters.requestWithholding(execution, variables.employerDistrict());
        OffsetDateTime now = OffsetDateTime.now(clock);
        records.sanctionRequested(variables.caseNumber(), sent.stream().map(Letter::recipientName).collect(Collectors.joining("; ")), now);
        variables.setWithholdingRequestedOn(now.atZoneSameInstant(Zones.OFFICE).toLocalDate());
        variables.setDeadline(Vars.SERVICE_SANCTION_DEADLINE, deadlines.serviceSanctionEnds());
    }
}
