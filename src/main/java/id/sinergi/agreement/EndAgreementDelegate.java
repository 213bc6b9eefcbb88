package id.sinergi.agreement;

import static id.sinergi.agreement.AgreementProcess.Vars;

import id.sinergi.agency.AgencyTokens;
import id.sinergi.notification.Formats;
import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The agreement has expired or was terminated: its API access ends and the partner is told. */
@Component("endAgreement")
class EndAgreementDelegate implements JavaDelegate {

    private final AgreementRepository agreements;
    private final AgencyTokens tokens;
    private final AgreementLetters letters;
    private final AgreementStages stages;
    private final AgreementDeadlines deadlines;

    EndAgreementDelegate(AgreementRepository agreements, AgencyTokens tokens, AgreementLetters letters,
                         AgreementStages stages, AgreementDeadlines deadlines) {
        this.agreements = agreements;
        this.tokens = tokens;
        this.letters = letters;
        this.stages = stages;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = AgreementProcess.variables(execution);
        String agreementId = agreements.idOf(execution);
        // Only an agreement whose data exchange was live tells the partner its access stopped: there was none to stop.
        boolean hadDataExchange = agreements.find(agreementId).map(a -> "LIVE".equals(a.dataExchangeStatus())).orElse(false);
        // Its exchange ends with it; the client itself lives on only while it serves another live agreement.
        tokens.revokeForAgreement(agreementId);
        agreements.endDataExchange(agreementId);
        boolean terminated = AgreementOutcome.TERMINATED.name().equals(variables.string(Vars.OUTCOME));
        letters.send(execution, LetterKind.AGREEMENT_ENDED, agreementId, AgreementLetters.To.PARTNER, Map.of(
                "endReason", terminated ? "diakhiri atas kesepakatan bersama" : "berakhir sesuai jangka waktunya",
                "dataExchangeEnded", Boolean.toString(hadDataExchange),
                // A mutual termination ends on its agreed day, an expiry on its registered last day: not the day this job
                // runs, which is after midnight (the expiry timer fires at the last second of that day) or later on retries.
                "endedOn", Formats.date(deadlines.day(execution.getVariable(terminated ? "terminationDate" : Vars.END_DATE)))));
        stages.close(execution);
    }
}
