package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * PP 86/2013 Pasal 10(7) after a recovery: the state attorney's "paid in full", a paid judgment or a plan paid off
 * settles the claim, but withheld services are lifted only once the employer has also registered itself and its
 * workers (a) or, if it was partly registered, given complete and correct data (b). A case recovered without that on
 * record waits for an officer to verify it in BPJS's membership data before the lifting letter goes out; the
 * verification enters the ledger like any other, so the letter names it as proof (Pasal 10(8)).
 */
@Component("liftingRegistration")
public class LiftingRegistration {

    private final CaseSettlement settlement;
    private final Clock clock;

    LiftingRegistration(CaseSettlement settlement, Clock clock) {
        this.settlement = settlement;
        this.clock = clock;
    }

    /**
     * The case's registration obligation is not in the ledger yet (asked once lifting is due). A debtor's obligation was
     * the recovered claim itself.
     */
    public boolean awaited(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        return variables.violationType() != ViolationType.CONTRIBUTION_ARREARS && !settlement.obligationMet(variables);
    }

    /** The officer's verification, on completing the task (its contract has checked the kind against the violation). */
    public void verified(DelegateTask task) {
        var variables = EnforcementCaseProcess.variables(task);
        var kind = ComplianceKind.valueOf(variables.text(Vars.REGISTRATION_KIND));
        Long workers = variables.amount(Vars.REGISTERED_WORKERS);
        settlement.recordVerified(variables.caseNumber(), "STAFF", kind, variables.date(Vars.REGISTRATION_DATE), null,
                kind == ComplianceKind.WORKERS_REGISTERED && workers != null ? workers.intValue() : null,
                variables.text(Vars.REGISTRATION_REFERENCE), OffsetDateTime.now(clock));
    }
}
