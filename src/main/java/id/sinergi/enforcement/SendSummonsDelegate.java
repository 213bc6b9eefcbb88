package id.sinergi.enforcement;

import id.sinergi.notification.LetterKind;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Summons the employer to the inspection (Surat Panggilan Pemeriksaan) on a set working day. */
@Component("sendSummons")
class SendSummonsDelegate implements JavaDelegate {

    static final String JOINT_TEAM = "Pemeriksaan dilakukan oleh tim gabungan BPJS Kesehatan dan Pengawas "
            + "Ketenagakerjaan Dinas Tenaga Kerja setempat.";

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;

    SendSummonsDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        Date inspectionDate = deadlines.inspectionDate();
        variables.setInspectionDate(inspectionDate);
        caseLetters.send(execution, LetterKind.SUMMONS, Map.of(
                "inspectionDate", caseLetters.date(inspectionDate),
                "inspectionTeam", variables.jointInspection() ? JOINT_TEAM : ""));
    }
}
