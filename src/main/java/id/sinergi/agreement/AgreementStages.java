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
        variables.setStage(entered);
        // The demo starts instances inside an agreement it registered itself and links them afterwards.
        agreements.findIdOf(execution).ifPresent(agreementId -> {
            agreements.update(agreementId, "stage", entered.name());
            if (entered == AgreementStage.DATA_EXCHANGE_SETUP) {
                agreements.update(agreementId, "data_exchange_status", "SETUP");
            }
        });
    }

    public void outcome(DelegateExecution execution, String outcome) {
        var variables = AgreementProcess.variables(execution);
        AgreementOutcome reached = AgreementOutcome.valueOf(outcome);
        variables.set(AgreementProcess.Vars.OUTCOME, reached.name());
        agreements.update(agreements.idOf(execution), "outcome", reached.name());
    }

    public void close(DelegateExecution execution) {
        var variables = AgreementProcess.variables(execution);
        variables.setStage(AgreementStage.ENDED);
        agreements.end(agreements.idOf(execution), OffsetDateTime.now(clock));
    }
}
