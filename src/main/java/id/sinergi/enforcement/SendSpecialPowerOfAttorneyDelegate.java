package id.sinergi.enforcement;

import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the approved special power of attorney (SKK) to the prosecutor's office named in it. */
@Component("sendSpecialPowerOfAttorney")
class SendSpecialPowerOfAttorneyDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;

    SendSpecialPowerOfAttorneyDelegate(CaseLetters caseLetters) {
        this.caseLetters = caseLetters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseLetters.send(execution, LetterKind.SKK_COVER_LETTER, Map.of());
    }
}
