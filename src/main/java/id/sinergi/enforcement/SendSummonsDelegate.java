package id.sinergi.enforcement;

import id.sinergi.notification.LetterKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Summons the employer to the inspection (Surat Panggilan Pemeriksaan) on the appointment the inspector set. */
@Component("sendSummons")
class SendSummonsDelegate implements JavaDelegate {

    private final InspectionSummons summons;

    SendSummonsDelegate(InspectionSummons summons) {
        this.summons = summons;
    }

    @Override
    public void execute(DelegateExecution execution) {
        summons.send(execution, LetterKind.SUMMONS);
    }
}
