package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.Formats;
import id.sinergi.notification.LetterKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A summons states the appointment the inspector set: date, time, place and team, and for a joint
 * inspection the labour inspectors. The appointment is written to the register before the letter goes.
 */
@Component
class InspectionSummons {

    private final CaseLetters caseLetters;
    private final CaseRecords records;
    private final Clock clock;

    InspectionSummons(CaseLetters caseLetters, CaseRecords records, Clock clock) {
        this.caseLetters = caseLetters;
        this.records = records;
        this.clock = clock;
    }

    void send(DelegateExecution execution, LetterKind kind) {
        var variables = EnforcementCaseProcess.variables(execution);
        LocalDate date = variables.date(Vars.INSPECTION_DATE);
        String time = variables.text("inspectionTime");
        String place = variables.text("inspectionPlace");
        records.inspectionScheduled(variables.caseNumber(), date.atTime(LocalTime.parse(time)).atZone(clock.getZone())
                .toOffsetDateTime(), place);
        Map<String, String> fields = new HashMap<>();
        fields.put("inspectionDate", Formats.date(date));
        fields.put("inspectionTime", time.replace(':', '.') + " WIB");
        fields.put("inspectionPlace", place);
        fields.put("inspectionTeam", variables.text("inspectionTeam"));
        String labourInspectors = variables.text("labourInspectors");
        fields.put("labourInspectors", labourInspectors == null ? "" : labourInspectors);
        caseLetters.send(execution, kind, fields);
        if (variables.jointInspection()) {
            // The labour office of the employer's district is copied on the summons and told the schedule.
            caseLetters.labourOfficeNotice(execution, variables.employerDistrict(), kind.name(), fields);
        }
    }
}
