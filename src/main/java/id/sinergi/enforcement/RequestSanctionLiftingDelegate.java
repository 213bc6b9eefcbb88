package id.sinergi.enforcement;

import java.time.Clock;
import java.time.OffsetDateTime;
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
        // Each office that received the request is asked, citing that request; the proofs are the verified
        // payments and registration on record (Pasal 10(8)).
        caseLetters.requestLifting(execution, EnforcementCaseProcess.variables(execution).employerDistrict(), null);
        records.sanctionLifted(EnforcementCaseProcess.variables(execution).caseNumber(), OffsetDateTime.now(clock));
    }
}
