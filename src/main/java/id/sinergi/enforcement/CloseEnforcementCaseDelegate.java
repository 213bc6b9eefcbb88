package id.sinergi.enforcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the case closed in the process and in the register; the outcome was set where it was reached. */
@Component("closeEnforcementCase")
class CloseEnforcementCaseDelegate implements JavaDelegate {

    private final CaseStages stages;

    CloseEnforcementCaseDelegate(CaseStages stages) {
        this.stages = stages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        stages.close(execution);
    }
}
