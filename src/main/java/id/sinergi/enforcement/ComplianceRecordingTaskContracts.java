package id.sinergi.enforcement;

import static id.sinergi.system.TaskContract.task;

import id.sinergi.system.TaskContract;
import id.sinergi.system.TaskContracts;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What an officer's start form of {@code compliance-recording} may carry: exactly its fields and rules. */
@Component
public class ComplianceRecordingTaskContracts implements TaskContracts {

    private static final long MAX_AMOUNT = 1_000_000_000_000L;

    private static final Map<String, TaskContract> CONTRACTS = TaskContracts.of(
            task(ComplianceRecording.START)
                    .text("caseNumber").required().pattern("ENF-\\d{4}-\\d{6}")
                    .choice("complianceKind", "WORKERS_REGISTERED", "DATA_COMPLETED", "ARREARS_PAID", "FINE_PAID",
                            "INSTALMENT_PAID", "INSTALMENT_AGREED").required()
                    .date("complianceDate").required().notInFuture()
                    .number("amountPaid").range(1, MAX_AMOUNT)
                    .requiredWhen("complianceKind", "ARREARS_PAID", "FINE_PAID", "INSTALMENT_PAID")
                    .number("workersRegistered").range(1, 1_000_000).requiredWhen("complianceKind", "WORKERS_REGISTERED")
                    .text("complianceReference").required().maxLength(100));

    @Override
    public String processKey() {
        return ComplianceRecording.KEY;
    }

    @Override
    public Map<String, TaskContract> byTask() {
        return CONTRACTS;
    }
}
