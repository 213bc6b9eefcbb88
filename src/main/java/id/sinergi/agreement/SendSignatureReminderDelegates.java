package id.sinergi.agreement;

import id.sinergi.notification.LetterKind;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two signature reminders: the same letter, to BPJS Kesehatan's signatory or to the partner's. */
@Configuration
class SendSignatureReminderDelegates {

    @Bean("sendBpjsSignatureReminder")
    JavaDelegate sendBpjsSignatureReminder(AgreementLetters letters) {
        return execution -> letters.send(execution, LetterKind.SIGNATURE_REMINDER,
                letters.agreementIdOf(execution) + "-BPJS", AgreementLetters.To.BPJS, Map.of());
    }

    @Bean("sendPartnerSignatureReminder")
    JavaDelegate sendPartnerSignatureReminder(AgreementLetters letters) {
        return execution -> letters.send(execution, LetterKind.SIGNATURE_REMINDER,
                letters.agreementIdOf(execution) + "-MITRA", AgreementLetters.To.PARTNER, Map.of());
    }
}
