package id.sinergi.agreement;

import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two signature reminders, one letter kind: to the partner's contact, asking for its signature and the signed copy;
 * and to BPJS Kesehatan's own contact (partnerships), asking to obtain the signature of the official the agreement's
 * level names and to record it, rather than to send the copy to the contact itself.
 */
@Configuration
class SendSignatureReminderDelegates {

    @Bean("sendBpjsSignatureReminder")
    JavaDelegate sendBpjsSignatureReminder(AgreementLetters letters) {
        return execution -> letters.send(execution, LetterKind.SIGNATURE_REMINDER,
                letters.agreementIdOf(execution) + "-BPJS", AgreementLetters.To.BPJS, Map.of("forBpjs", "true",
                        "signatoryName", AgreementForms.signatoryName(String.valueOf(execution.getVariable(AgreementProcess.Vars.SIGNATORY_LEVEL)))));
    }

    @Bean("sendPartnerSignatureReminder")
    JavaDelegate sendPartnerSignatureReminder(AgreementLetters letters) {
        return execution -> letters.send(execution, LetterKind.SIGNATURE_REMINDER,
                letters.agreementIdOf(execution) + "-MITRA", AgreementLetters.To.PARTNER, Map.of("forBpjs", "false", "signatoryName", "-"));
    }
}
