package id.sinergi.agreement;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Keeps {@code stage} and {@code outcome} in the process (Cockpit) and in the register (API). */
@Component("agreementStages")
public class AgreementStages {

    private final AgreementRepository agreements;
    private final Clock clock;

    AgreementStages(AgreementRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    public void enter(DelegateExecution execution, String stage) {
        var variables = AgreementProcess.variables(execution);
        AgreementStage entered = AgreementStage.valueOf(stage);
        variables.set(AgreementProcess.Vars.STAGE, entered.name());
        agreements.update(variables.agreementId(), "stage", entered.name());
        if (entered == AgreementStage.DATA_EXCHANGE_SETUP) {
            agreements.update(variables.agreementId(), "data_exchange_status", "SETUP");
        }
    }

    public void outcome(DelegateExecution execution, String outcome) {
        var variables = AgreementProcess.variables(execution);
        AgreementOutcome reached = AgreementOutcome.valueOf(outcome);
        variables.set(AgreementProcess.Vars.OUTCOME, reached.name());
        agreements.update(variables.agreementId(), "outcome", reached.name());
    }

    public void close(DelegateExecution execution) {
        var variables = AgreementProcess.variables(execution);
        variables.set(AgreementProcess.Vars.STAGE, AgreementStage.ENDED.name());
        agreements.end(variables.agreementId(), OffsetDateTime.now(clock));
    }
}
