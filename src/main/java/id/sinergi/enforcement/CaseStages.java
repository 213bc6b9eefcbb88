package id.sinergi.enforcement;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the readable {@code stage} and {@code outcome} of a case, in the process (for Cockpit) and in
 * the case register with a timeline (for the API). Called from execution listeners in the model.
 */
@Component("caseStages")
public class CaseStages {

    private final EnforcementCaseRepository cases;
    private final Clock clock;

    CaseStages(EnforcementCaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    public void enter(DelegateExecution execution, String stage) {
        var variables = EnforcementCaseProcess.variables(execution);
        Stage entered = Stage.valueOf(stage);
        variables.setStage(entered);
        cases.enterStage(variables.caseNumber(), entered, OffsetDateTime.now(clock));
    }

    /**
     * Records in the register the route BusinessRuleTask_DecideRoute decided (its output variable {@code route}),
     * for the manager's dashboard. Called on the flow leaving the decision, once its output is mapped.
     */
    public void route(DelegateExecution execution) {
        Object route = execution.getVariable("route");
        cases.recordRoute(EnforcementCaseProcess.variables(execution).caseNumber(), route == null ? null : route.toString());
    }

    public void outcome(DelegateExecution execution, String outcome) {
        var variables = EnforcementCaseProcess.variables(execution);
        Outcome reached = Outcome.valueOf(outcome);
        variables.setOutcome(reached);
        cases.recordOutcome(variables.caseNumber(), reached);
    }

    void close(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        variables.setStage(Stage.CLOSED);
        cases.close(variables.caseNumber(), OffsetDateTime.now(clock));
    }
}
