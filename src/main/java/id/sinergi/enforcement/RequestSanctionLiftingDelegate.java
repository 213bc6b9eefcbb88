package id.sinergi.enforcement;

import id.sinergi.notification.LetterKind;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the licensing office to lift the withheld public services once the case is settled. */
@Component("requestSanctionLifting")
class RequestSanctionLiftingDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final CaseRecords records;
    private final Clock clock;

    RequestSanctionLiftingDelegate(CaseLetters caseLetters, CaseRecords records, Clock clock) {
        this.caseLetters = caseLetters;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseLetters.send(execution, LetterKind.SANCTION_LIFTING_REQUEST, Map.of());
        records.sanctionLifted(EnforcementCaseProcess.variables(execution).caseNumber(), OffsetDateTime.now(clock));
    }
}
