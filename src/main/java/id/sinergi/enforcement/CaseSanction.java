package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The withholding of public services as the licensing office decided it (Pasal 8: the office imposes it
 * at BPJS's request), written to the register. A refusal means there is nothing to lift later.
 */
@Component("caseSanction")
public class CaseSanction {

    /** Form flag -> the service as the register and the API name it (PP 86/2013 Pasal 9(1), today's names). */
    static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("withholdBusinessLicence", "BUSINESS_LICENCE");
        SERVICES.put("withholdTenderPermit", "TENDER_PERMIT");
        SERVICES.put("withholdForeignWorkerPermit", "FOREIGN_WORKER_PERMIT");
        SERVICES.put("withholdLabourSupplyLicence", "LABOUR_SUPPLY_LICENCE");
        SERVICES.put("withholdBuildingApproval", "BUILDING_APPROVAL");
    }

    private final CaseRecords records;

    CaseSanction(CaseRecords records) {
        this.records = records;
    }

    public void decided(DelegateTask task) {
        var variables = EnforcementCaseProcess.variables(task);
        String decision = variables.text("withholdingDecision");
        String services = SERVICES.entrySet().stream()
                .filter(service -> Boolean.TRUE.equals(task.getVariable(service.getKey())))
                .map(Map.Entry::getValue).collect(Collectors.joining(","));
        boolean imposed = "IMPOSED".equals(decision);
        records.sanctionDecided(variables.caseNumber(), decision, imposed ? services : null,
                imposed ? variables.date("withheldFrom") : null);
        variables.setServicesWithheld(imposed);
    }

    public void districtChosen(DelegateTask task) {
        var variables = EnforcementCaseProcess.variables(task);
        records.districtChosen(variables.caseNumber(), variables.text(Vars.EMPLOYER_DISTRICT));
    }
}
