package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the notice of inspection results (SPHP) with what the inspection found; the employer has
 * 3 working days to pay or answer with evidence before the report becomes final.
 */
@Component("sendInspectionResults")
class SendInspectionResultsDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;

    SendInspectionResultsDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object foundWorkers = execution.getVariable(Vars.FOUND_WORKERS);
        caseLetters.sendWithDeadline(execution, LetterKind.INSPECTION_RESULTS, Vars.RESULTS_ANSWER_DEADLINE,
                deadlines.resultsAnswerEnds(), Map.of("foundWorkers", String.valueOf(foundWorkers == null ? 0 : foundWorkers)));
    }
}
