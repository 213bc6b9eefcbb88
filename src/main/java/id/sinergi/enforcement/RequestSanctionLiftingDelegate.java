package id.sinergi.enforcement;

import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the licensing office to lift the withheld public services once the case is settled. */
@Component("requestSanctionLifting")
class RequestSanctionLiftingDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;

    RequestSanctionLiftingDelegate(CaseLetters caseLetters) {
        this.caseLetters = caseLetters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseLetters.send(execution, LetterKind.SANCTION_LIFTING_REQUEST, Map.of());
    }
}
