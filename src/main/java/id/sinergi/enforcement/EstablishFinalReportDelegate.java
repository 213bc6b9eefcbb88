package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Establishes the LHPA: records a payment the employer proved in its SPHP answer, writes the established
 * figures to the register, keeps what remains outstanding (every later letter and the fine use it), and
 * says which way the ladder goes: settled at inspection, an instalment plan, or the warnings.
 */
@Component("establishFinalReport")
class EstablishFinalReportDelegate implements JavaDelegate {

    static final String SETTLED = "SETTLED";
    static final String INSTALMENT_PLAN = "INSTALMENT_PLAN";
    static final String OUTSTANDING = "OUTSTANDING";

    private final CaseSettlement settlement;
    private final CaseRecords records;
    private final Clock clock;

    EstablishFinalReportDelegate(CaseSettlement settlement, CaseRecords records, Clock clock) {
        this.settlement = settlement;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        String answer = variables.text(Vars.SPHP_ANSWER);
        Long paid = variables.amount(Vars.ANSWER_PAID_AMOUNT);
        boolean paidSomething = ("PAID_IN_FULL".equals(answer) || "PAID_IN_PART".equals(answer)) && paid != null && paid > 0;
        if (paidSomething) {
            settlement.recordVerified(variables.caseNumber(), "INSPECTION", ComplianceKind.ARREARS_PAID,
                    variables.date(Vars.ANSWER_PAYMENT_DATE), BigDecimal.valueOf(paid), null,
                    variables.text(Vars.ANSWER_PAYMENT_REFERENCE), OffsetDateTime.now(clock));
        }
        BigDecimal assessed = variables.assessedArrears();
        Long workers = variables.amount(Vars.FOUND_WORKERS);
        records.arrearsEstablished(variables.caseNumber(), assessed, workers == null ? null : workers.intValue());
        BigDecimal outstanding = settlement.outstanding(variables.caseNumber(), assessed);
        variables.setOutstandingArrears(outstanding);
        execution.setVariable(Vars.INSPECTION_OUTCOME, outcome(answer, outstanding, settlement.obligationMet(variables)));
    }

    /**
     * Paid in full when the SPHP answer says so and nothing of the LHPA figure remains: a payment short of the
     * established figure is a payment in part, and the ladder goes on for the rest. Whatever the answer, a case whose
     * obligation the verified ledger already meets against the LHPA figure is settled too: a debtor that paid while
     * its objection was reviewed, and whose objection brought the figure down to what it paid, owes nothing, and
     * warning it for Rp0 and asking for its services to be withheld would be wrong.
     */
    static String outcome(String answer, BigDecimal outstanding, boolean obligationMet) {
        if (outstanding.signum() == 0 && obligationMet) {
            return SETTLED;
        }
        if ("PAID_IN_FULL".equals(answer) && outstanding.signum() == 0) {
            return SETTLED;
        }
        if (INSTALMENT_PLAN.equals(answer) && outstanding.signum() > 0) {
            return INSTALMENT_PLAN;
        }
        return OUTSTANDING;
    }
}
