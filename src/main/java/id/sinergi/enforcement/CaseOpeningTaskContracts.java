package id.sinergi.enforcement;

import static id.sinergi.system.TaskContract.task;

import id.sinergi.system.TaskContract;
import id.sinergi.system.TaskContracts;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What an officer's start form of {@code case-opening} may carry: the fields of an agency's case report
 * (the same limits as {@link CaseReport}) plus the source. The delegate validates the report itself too.
 */
@Component
public class CaseOpeningTaskContracts implements TaskContracts {

    private static final Map<String, TaskContract> CONTRACTS = TaskContracts.of(
            // Kept out of engine history: the delegate registers the case in the start's own transaction, and the
            // register is where the employer's NPWP, e-mail and name belong (its reads are recorded there).
            task(CaseOpening.START).keptOutOfHistory()
                    .choice("source", "DATA_MATCHING", "INSPECTION_FINDING", "WORKER_COMPLAINT", "PARTNER_LETTER").required()
                    .text("employerNib").required().pattern("\\d{13}")
                    .text("employerNpwp").required().pattern("\\d{15}|\\d{16}")
                    .text("employerName").required().maxLength(200)
                    .text("employerAddress").required().maxLength(300)
                    .text("employerEmail").required().email()
                    .choice("sizeClass", "MICRO", "SMALL", "MEDIUM", "LARGE").required()
                    .choice("employerDistrict", "kota-pekalongan", "kabupaten-pekalongan", "batang", "pemalang")
                    .choice("violationType", "UNREGISTERED", "PARTIALLY_REGISTERED", "CONTRIBUTION_ARREARS").required()
                    .number("workersAffected").range(1, 1_000_000).required()
                    .number("arrearsAmount").range(0, 1_000_000_000_000L).required()
                    .number("monthsInArrears").range(0, 240).required()
                    .text("description").maxLength(1000)
                    .text("reference").maxLength(100));

    @Override
    public String processKey() {
        return CaseOpening.KEY;
    }

    @Override
    public Map<String, TaskContract> byTask() {
        return CONTRACTS;
    }
}
