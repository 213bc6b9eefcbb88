package id.sinergi.enforcement;

import id.sinergi.system.ContractViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns an officer's start form into a compliance report of the case, exactly as an agency's report: the
 * same rules (a date not before the case, amounts for payments), the same verification task. A case that
 * does not exist or is closed is refused naming {@code caseNumber}, and nothing is recorded.
 */
@Component("forwardComplianceToCase")
class ForwardComplianceToCaseDelegate implements JavaDelegate {

    private final EnforcementCaseService service;
    private final EnforcementCaseRepository cases;
    private final Validator validator;

    private final org.camunda.bpm.engine.IdentityService identity;

    ForwardComplianceToCaseDelegate(EnforcementCaseService service, EnforcementCaseRepository cases, Validator validator,
                                    @org.springframework.context.annotation.Lazy org.camunda.bpm.engine.IdentityService identity) {
        this.identity = identity;
        this.service = service;
        this.cases = cases;
        this.validator = validator;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        String caseNumber = variables.text("caseNumber");
        var registered = cases.find(caseNumber).filter(EnforcementCase::isOpen)
                .orElseThrow(() -> new ContractViolationException("caseNumber", "'caseNumber': there is no open case " + caseNumber));
        Long amount = variables.amount("amountPaid");
        Long workers = variables.amount("workersRegistered");
        var report = new ComplianceReport(ComplianceKind.valueOf(variables.text("complianceKind")),
                variables.date("complianceDate"), amount == null ? null : BigDecimal.valueOf(amount),
                workers == null ? null : workers.intValue(), variables.text("complianceReference"));
        var violation = validator.validate(report).stream().findFirst();
        if (violation.isPresent()) {
            String field = violation.get().getPropertyPath().toString();
            throw new ContractViolationException(field, "'%s' %s".formatted(field, violation.get().getMessage()));
        }
        if (report.date().isBefore(registered.reportedAt().atZoneSameInstant(id.sinergi.calendar.Zones.OFFICE).toLocalDate())) {
            throw new ContractViolationException("complianceDate", "'complianceDate' must not be before the day case " + caseNumber + " was opened");
        }
        var officer = identity.getCurrentAuthentication();
        service.reportCompliance(caseNumber, report, officer == null ? null : officer.getUserId());
    }
}
