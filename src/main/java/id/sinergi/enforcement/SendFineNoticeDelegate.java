package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.Formats;
import id.sinergi.notification.LetterKind;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the fine notice for the fine already established, with the end of the fine period (30 calendar
 * days, PP 86/2013 Pasal 7(1)) as its deadline. The fine period starts when warning II ends (Pasal 10(4)).
 */
@Component("sendFineNotice")
class SendFineNoticeDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;
    private final CaseRecords records;

    SendFineNoticeDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines, CaseRecords records) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        Date secondWarningEnded = variables.deadline(Vars.SECOND_WARNING_DEADLINE);
        // The base the fine was computed on, as imposed: a payment verified between imposing it and a retry of this
        // letter must not print a base the fine beside it is not 0.1% of.
        java.math.BigDecimal basis = records.fineBasis(variables.caseNumber()).orElseThrow(
                () -> new IllegalStateException("The fine of " + variables.caseNumber() + " has no recorded base"));
        var letter = caseLetters.sendWithDeadline(execution, LetterKind.FINE_NOTICE, Vars.FINE_DEADLINE,
                deadlines.finePeriodEnds(secondWarningEnded),
                Map.of("fine", Formats.rupiah(variables.fineAmount()), "fineInWords", Formats.rupiahInWords(variables.fineAmount()),
                        "arrears", Formats.rupiah(basis), "arrearsInWords", Formats.rupiahInWords(basis),
                        "secondWarningEnded", caseLetters.date(secondWarningEnded)));
        records.fineDue(variables.caseNumber(), letter.deadline());
    }
}
