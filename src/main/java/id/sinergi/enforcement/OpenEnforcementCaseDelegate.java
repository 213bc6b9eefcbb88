package id.sinergi.enforcement;

import id.sinergi.system.AsApplication;
import id.sinergi.system.ContractViolationException;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Opens the case an officer entered, through the same service as an agency's report: one transaction
 * with the start of this process, so a refusal (invalid data, an open case for the same employer and
 * violation) leaves neither a register row nor an instance behind, and answers 400 naming the field.
 */
@Component("openEnforcementCase")
class OpenEnforcementCaseDelegate implements JavaDelegate {

    /** The report's property paths as the start form names them. */
    private static final Map<String, String> FORM_FIELDS = Map.ofEntries(
            Map.entry("employer.nib", "employerNib"), Map.entry("employer.npwp", "employerNpwp"),
            Map.entry("employer.name", "employerName"), Map.entry("employer.address", "employerAddress"),
            Map.entry("employer.email", "employerEmail"), Map.entry("employer.sizeClass", "sizeClass"),
            Map.entry("employer.district", "employerDistrict"), Map.entry("violation.type", "violationType"),
            Map.entry("violation.workersAffected", "workersAffected"), Map.entry("violation.arrearsAmount", "arrearsAmount"),
            Map.entry("violation.monthsInArrears", "monthsInArrears"), Map.entry("violation.description", "description"));

    private final EnforcementCaseService service;
    private final IdentityService identity;

    OpenEnforcementCaseDelegate(EnforcementCaseService service, @Lazy IdentityService identity) {
        this.service = service;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = EnforcementCaseProcess.variables(execution);
        var report = new CaseReport(
                new CaseReport.Employer(v.text("employerNib"), v.text("employerNpwp"), v.text("employerName"),
                        v.text("employerAddress"), v.text("employerEmail"), SizeClass.valueOf(v.text("sizeClass")),
                        v.text("employerDistrict")),
                new CaseReport.Violation(ViolationType.valueOf(v.text("violationType")), v.amount("workersAffected").intValue(),
                        BigDecimal.valueOf(v.amount("arrearsAmount")), v.amount("monthsInArrears").intValue(), v.text("description")),
                v.text("reference"));
        ReportSource source = ReportSource.valueOf(v.text("source"));
        // The officer may start this process, not an enforcement case: the application opens the case, as it
        // does for an agency's report (the officer's authentication would meet the start guard and the
        // officer's missing start right). The officer is named in reported_by.
        var officer = identity.getCurrentAuthentication();
        String reportedBy = "BPJS Kesehatan Kantor Cabang" + (officer == null ? "" : " (" + officer.getUserId() + ")");
        try {
            var opened = AsApplication.call(identity, () -> service.report(report, reportedBy, source));
            execution.setVariable("openedCaseNumber", opened.caseNumber());
        } catch (DuplicateCaseException duplicate) {
            throw new ContractViolationException("employerNib", "'employerNib': case " + duplicate.existingCaseNumber()
                    + " is already open for this employer and violation");
        } catch (ConstraintViolationException invalid) {
            var violation = invalid.getConstraintViolations().iterator().next();
            String field = FORM_FIELDS.getOrDefault(violation.getPropertyPath().toString(), violation.getPropertyPath().toString());
            throw new ContractViolationException(field, "'%s' %s".formatted(field, violation.getMessage()));
        }
    }
}
