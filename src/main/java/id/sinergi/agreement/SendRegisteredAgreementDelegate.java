package id.sinergi.agreement;

import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gives the partner its registered agreement: a letter with the register number and term, carrying the
 * agreement's text as registered. Its own asynchronous step after the registration, so a mail server that is
 * down retries this letter and never the numbering.
 */
@Component("sendRegisteredAgreement")
class SendRegisteredAgreementDelegate implements JavaDelegate {

    private final AgreementLetters letters;

    SendRegisteredAgreementDelegate(AgreementLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.sendWithText(execution, LetterKind.AGREEMENT_REGISTERED, letters.agreementIdOf(execution),
                AgreementLetters.To.PARTNER, Map.of(), LetterKind.AGREEMENT_TEXT);
    }
}
