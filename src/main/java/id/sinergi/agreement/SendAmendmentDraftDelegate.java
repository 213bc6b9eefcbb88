package id.sinergi.agreement;

import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens an amendment (adendum) round by sending its draft to the partner. */
@Component("sendAmendmentDraft")
class SendAmendmentDraftDelegate implements JavaDelegate {

    private final AgreementLetters letters;

    SendAmendmentDraftDelegate(AgreementLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = AgreementProcess.variables(execution);
        int round = variables.nextAmendmentRound();
        String notes = variables.string("renewalNotes");
        letters.sendWithText(execution, LetterKind.AMENDMENT_DRAFT, letters.agreementIdOf(execution) + "-A" + round,
                AgreementLetters.To.PARTNER, Map.of("round", Integer.toString(round), "notes", notes == null || notes.isBlank() ? "-" : notes),
                // The amendment itself, changing the registered agreement: not the whole agreement again as a new one.
                LetterKind.AMENDMENT_DRAFT_TEXT);
    }
}
