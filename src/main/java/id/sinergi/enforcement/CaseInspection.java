package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The inspection's bookkeeping the model calls as {@code caseInspection}: which summons round this is,
 * when the inspection record is due, and the figures the LHPA starts from after an objection.
 */
@Component("caseInspection")
public class CaseInspection {

    static final String SUSTAINED = "SUSTAINED";

    private final EnforcementDeadlines deadlines;

    CaseInspection(EnforcementDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** Each time the inspector (re)schedules, a new summons round: the first summons, then the final one. */
    public void nextSummonsRound(DelegateExecution execution) {
        execution.setVariable(Vars.SUMMONS_ROUND, EnforcementCaseProcess.variables(execution).summonsRound() + 1);
    }

    /** The inspection record is due a few working days after the appointment, never on it. */
    public Date recordDue(DelegateExecution execution) {
        return deadlines.inspectionRecordDue(EnforcementCaseProcess.variables(execution).date(Vars.INSPECTION_DATE));
    }

    /**
     * Before the LHPA: the figures it starts from. A sustained objection (by the inspector, or by legal
     * when it was disputed) replaces what the inspection found; otherwise the findings stand.
     */
    public void proposeFinalFigures(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        boolean sustained = SUSTAINED.equals(variables.text(Vars.OBJECTION_REVIEW))
                || ("DISPUTED".equals(variables.text(Vars.OBJECTION_REVIEW))
                        && SUSTAINED.equals(variables.text(Vars.OBJECTION_DECISION)));
        if (sustained) {
            execution.setVariable(Vars.FOUND_ARREARS_AMOUNT, variables.amount(Vars.REVISED_ARREARS_AMOUNT));
            execution.setVariable(Vars.FOUND_MONTHS_IN_ARREARS, variables.amount(Vars.REVISED_MONTHS_IN_ARREARS));
            execution.setVariable(Vars.FOUND_WORKERS, variables.amount(Vars.REVISED_WORKERS));
        }
        execution.setVariable(Vars.FINAL_ARREARS_AMOUNT, variables.amount(Vars.FOUND_ARREARS_AMOUNT));
        execution.setVariable(Vars.FINAL_MONTHS_IN_ARREARS, variables.amount(Vars.FOUND_MONTHS_IN_ARREARS));
    }
}
