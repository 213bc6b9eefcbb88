package id.sinergi.agreement;

import id.sinergi.notification.Formats;
import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the next round's draft text, enclosed in its letter, to the partner's contact, asking for an answer by the reminder date. */
@Component("sendAgreementDraft")
class SendAgreementDraftDelegate implements JavaDelegate {

    private final AgreementLetters letters;
    private final AgreementDeadlines deadlines;

    SendAgreementDraftDelegate(AgreementLetters letters, AgreementDeadlines deadlines) {
        this.letters = letters;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = AgreementProcess.variables(execution);
        int round = variables.nextDraftRound();
        String deadline = Formats.date(deadlines.draftReminderDay());
        letters.sendWithText(execution, LetterKind.AGREEMENT_DRAFT, letters.agreementIdOf(execution) + "-R" + round,
                AgreementLetters.To.PARTNER, Map.of("round", Integer.toString(round), "deadline", deadline),
                LetterKind.AGREEMENT_DRAFT_TEXT);
    }
}
