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

    /** The officer's answer when the membership data shows neither a registration nor complete data yet. */
    static final String NOT_YET = "NOT_YET";
    /** The gateway that sends a NOT_YET back to the recheck timer (models since 2026-11-25). */
    private static final String RECHECK_GATEWAY = "Gateway_RegistrationFound";

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

    /** Whether the officer found the registration (or complete data), or it is {@code NOT_YET} there and the case checks again. */
    public boolean found(DelegateExecution execution) {
        return !NOT_YET.equals(execution.getVariable(Vars.REGISTRATION_KIND));
    }

    /**
     * Each check opens empty: the answer of the check before (submitted onto the process instance) would otherwise
     * show in the form, "not yet" already chosen.
     */
    public void opened(DelegateTask task) {
        var instance = task.getExecution().getProcessInstance();
        for (String name : new String[] {Vars.REGISTRATION_KIND, Vars.REGISTRATION_CHECK_NOTES, Vars.REGISTERED_WORKERS,
                Vars.REGISTRATION_DATE, Vars.REGISTRATION_REFERENCE}) {
            instance.removeVariableLocal(name);
        }
    }

    /**
     * The officer's verification, on completing the task (its contract has checked the kind against the violation):
     * into the ledger, unless the registration is not there yet.
     */
    public void verified(DelegateTask task) {
        var variables = EnforcementCaseProcess.variables(task);
        if (NOT_YET.equals(variables.text(Vars.REGISTRATION_KIND))) {
            // A case still on a model without the recheck would go on to lifting from here, nothing registered.
            if (task.getBpmnModelInstance().getModelElementById(RECHECK_GATEWAY) == null) {
                throw new id.sinergi.system.ContractViolationException(Vars.REGISTRATION_KIND, ("'%s' may be NOT_YET only on the current "
                        + "model of the case; migrate the case to it first (Cockpit, process instance migration)").formatted(Vars.REGISTRATION_KIND));
            }
            return;
        }
        var kind = ComplianceKind.valueOf(variables.text(Vars.REGISTRATION_KIND));
        Long workers = variables.amount(Vars.REGISTERED_WORKERS);
        settlement.recordVerified(variables.caseNumber(), "STAFF", kind, variables.date(Vars.REGISTRATION_DATE), null,
                kind == ComplianceKind.WORKERS_REGISTERED && workers != null ? workers.intValue() : null,
                variables.text(Vars.REGISTRATION_REFERENCE), OffsetDateTime.now(clock));
    }
}
