package id.sinergi.matching;

import static id.sinergi.system.TaskContract.task;

import id.sinergi.system.TaskContract;
import id.sinergi.system.TaskContracts;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the data-matching forms may carry: the upload (a .csv no larger than the configured size, with an
 * optional note on the run) and the officer's review of the result (what happens to invalid lines, required
 * when there are any).
 */
@Component
public class DataMatchingTaskContracts implements TaskContracts {

    private final Map<String, TaskContract> contracts;

    public DataMatchingTaskContracts(MatchingSettings settings) {
        this.contracts = TaskContracts.of(
                task(DataMatching.START)
                        .file(DataMatching.Vars.MATCHING_FILE, settings.maxFileSize().toBytes(), "csv").required()
                        .text(DataMatching.Vars.RUN_NOTE).maxLength(300),
                task(DataMatching.REVIEW_RESULT)
                        .choice(DataMatching.Vars.INVALID_ROWS_FOLLOW_UP, "CORRECT_AND_REUPLOAD", "RETURN_TO_SOURCE", "DISCARD")
                        .requiredWhen(DataMatching.Vars.HAS_INVALID_ROWS, "true")
                        .text(DataMatching.Vars.REVIEW_NOTES).maxLength(1000));
    }

    @Override
    public String processKey() {
        return DataMatching.KEY;
    }

    @Override
    public Map<String, TaskContract> byTask() {
        return contracts;
    }
}
