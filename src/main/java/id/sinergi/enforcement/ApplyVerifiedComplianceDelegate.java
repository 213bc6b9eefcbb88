package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An officer verified a compliance report: it joins the ledger, and the case learns what follows. Settled
 * (Pasal 10(7): obligation met and fine paid) closes the case; a signed instalment plan is followed; any
 * other report is recorded and the ladder goes on. So a registration verified while the fine is unpaid
 * does not close the case nor lift withheld services.
 */
@Component("applyVerifiedCompliance")
class ApplyVerifiedComplianceDelegate implements JavaDelegate {

    static final String SETTLED = "SETTLED";
    static final String PLAN_AGREED = "PLAN_AGREED";
    static final String RECORDED = "RECORDED";

    private final ComplianceReports reports;
    private final CaseSettlement settlement;
    private final InstalmentPlans plans;

    ApplyVerifiedComplianceDelegate(ComplianceReports reports, CaseSettlement settlement, InstalmentPlans plans) {
        this.reports = reports;
        this.settlement = settlement;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.decide(execution, ComplianceReports.VERIFIED);
        var variables = EnforcementCaseProcess.variables(execution);
        ComplianceKind kind = ComplianceKind.valueOf(variables.text(Vars.COMPLIANCE_KIND));
        if (kind == ComplianceKind.ARREARS_PAID || kind == ComplianceKind.INSTALMENT_PAID) {
            // An instalment pays contributions too: the warnings and the fine's base see what is still owed.
            variables.setOutstandingArrears(settlement.outstanding(variables));
        }
        boolean planPaidOff = false;
        if (kind == ComplianceKind.INSTALMENT_PAID) {
            planPaidOff = plans.recordPayment(variables.caseNumber(), BigDecimal.valueOf(variables.amount(Vars.AMOUNT_PAID)),
                    variables.date(Vars.COMPLIANCE_DATE), variables.text(Vars.COMPLIANCE_REFERENCE));
            // The plan judges itself (in its own job): paid off, it closes the case; behind, it stays in default.
            plans.notifyPaymentRecorded(variables.caseNumber());
        }
        boolean planRunning = plans.current(variables.caseNumber())
                .filter(plan -> plan.status() == InstalmentPlanProcess.Status.ACTIVE && plan.endedAt() == null).isPresent();
        String effect;
        // The instalment that pays a plan off leaves the closing to the plan's own check, which runs next; any other
        // payment that settles the case closes it here, a plan still running or not.
        if (settlement.settled(variables) && !planPaidOff) {
            effect = SETTLED;
        } else if (kind == ComplianceKind.INSTALMENT_AGREED && !planRunning) {
            effect = PLAN_AGREED;
        } else {
            effect = RECORDED;
        }
        // Local to this verification's event subprocess instance: two reports decide independently.
        execution.setVariableLocal(Vars.COMPLIANCE_EFFECT, effect);
    }
}
