package id.sinergi.agreement;

import static id.sinergi.agreement.AgreementProcess.Vars;

import id.sinergi.system.ApiProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mutual termination, recorded when the parties agree on it: it reaches the active agreement's process
 * as the {@code TerminationAgreed} message, which ends it today or at the end of the agreed day. No task
 * waits for it on every active agreement.
 */
@Service
public class AgreementTermination {

    private final AgreementRepository agreements;
    private final RuntimeService runtime;
    private final Clock clock;

    AgreementTermination(AgreementRepository agreements, RuntimeService runtime, Clock clock) {
        this.agreements = agreements;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional
    public void terminate(String agreementId, LocalDate terminationDate, String terminationReason, String recordedBy) {
        Agreement agreement = agreements.find(agreementId).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "agreement-not-found", "Agreement not found", "No agreement " + agreementId + "."));
        if (agreement.endDate() != null && terminationDate.isAfter(agreement.endDate())) {
            // It ends on its last day anyway: a termination after it would end nothing, and during the data-exchange
            // setup would even outlast the expiry it replaces.
            String message = "must not be after the agreement's last day, " + agreement.endDate();
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "terminationDate " + message)
                    .with("errors", java.util.List.of(Map.of("field", "terminationDate", "message", message)));
        }
        try {
            runtime.createMessageCorrelation(AgreementProcess.MESSAGE_TERMINATION_AGREED)
                    .processInstanceId(agreement.processInstanceId())
                    // As the termination form sent them: a yyyy-MM-dd date and the reason.
                    .setVariables(Map.of(Vars.TERMINATION_DATE, terminationDate.toString(),
                            Vars.TERMINATION_REASON, terminationReason))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException notActive) {
            throw new ApiProblem(HttpStatus.CONFLICT, "not-active", "Agreement not active",
                    "Agreement " + agreementId + " is not in force, or its termination is already recorded.")
                    .with("agreementId", agreementId);
        }
        agreements.addNote(agreementId, "TERMINATION", 1, null,
                "Diakhiri per " + terminationDate + ": " + terminationReason, recordedBy, OffsetDateTime.now(clock));
    }
}
