package id.sinergi.enforcement;

import id.sinergi.notification.Formats;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The employer missed an instalment of the plan agreed before the state attorney: the attorney holding
 * the SKK is told which instalment, and the case waits for the attorney's next report.
 */
@Component("reportInstalmentDefault")
class ReportInstalmentDefaultDelegate implements JavaDelegate {

    private final InstalmentPlans plans;
    private final CaseLetters caseLetters;

    ReportInstalmentDefaultDelegate(InstalmentPlans plans, CaseLetters caseLetters) {
        this.plans = plans;
        this.caseLetters = caseLetters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = EnforcementCaseProcess.variables(execution).caseNumber();
        var plan = plans.current(caseNumber).orElseThrow(() -> new IllegalStateException("No instalment plan on " + caseNumber));
        var missed = plan.instalments().stream().filter(i -> i.paidAmount().compareTo(i.amount()) < 0).findFirst()
                .orElseThrow(() -> new IllegalStateException("No unpaid instalment on plan " + plan.id()));
        BigDecimal outstanding = plan.instalments().stream().map(i -> i.amount().subtract(i.paidAmount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        caseLetters.instalmentDefaultReport(execution, plan.id() + "#" + missed.seq(), Map.of(
                "planSignedOn", Formats.date(plan.signedOn()),
                "instalmentNumber", Integer.toString(missed.seq()),
                "instalmentDueDate", Formats.date(missed.dueDate()),
                "instalmentAmount", Formats.rupiah(missed.amount()),
                "outstandingAmount", Formats.rupiah(outstanding)));
    }
}
