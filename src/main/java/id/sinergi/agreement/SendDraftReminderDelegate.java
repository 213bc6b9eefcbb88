package id.sinergi.agreement;

import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the partner that this round's draft still waits for an answer. */
@Component("sendDraftReminder")
class SendDraftReminderDelegate implements JavaDelegate {

    private final AgreementLetters letters;

    SendDraftReminderDelegate(AgreementLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = AgreementProcess.variables(execution);
        int round = variables.draftRound();
        letters.send(execution, LetterKind.AGREEMENT_DRAFT_REMINDER, letters.agreementIdOf(execution) + "-R" + round,
                AgreementLetters.To.PARTNER, Map.of("round", Integer.toString(round)));
    }
}
