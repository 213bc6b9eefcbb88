package id.sinergi.matching;

import id.sinergi.system.Groups;
import id.sinergi.system.ProcessAccess;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code data-matching-import} process (pemadanan data): an enforcement officer uploads the result of
 * a matching run from Tasklist's start form ({@link StoreMatchingFileDelegate}); the engine's job executor
 * opens a case per valid row in chunks ({@link ImportMatchingRowsDelegate}), so an import survives a
 * restart; the officer then reviews the result. Its element ids and variables live here.
 */
@Configuration
public class DataMatching {

    public static final String KEY = "data-matching-import";
    public static final String START = "StartEvent_MatchingFileUploaded";
    public static final String IMPORT_ROWS = "ServiceTask_ImportMatchingRows";
    public static final String REVIEW_RESULT = "UserTask_ReviewMatchingResult";

    /** The variables the model and the code share: ids, counts and routing facts, never the file's content. */
    public static final class Vars {
        public static final String MATCHING_FILE = "matchingFile";
        public static final String RUN_NOTE = "matchingRunNote";
        public static final String IMPORT_ID = "importId";
        public static final String UPLOADED_BY = "uploadedBy";
        public static final String TOTAL_ROWS = "totalRows";
        public static final String ROWS_REMAINING = "rowsRemaining";
        public static final String CREATED_COUNT = "createdCount";
        public static final String DUPLICATE_COUNT = "duplicateCount";
        public static final String INVALID_COUNT = "invalidCount";
        public static final String HAS_INVALID_ROWS = "hasInvalidRows";
        public static final String INVALID_ROWS_FOLLOW_UP = "invalidRowsFollowUp";
        public static final String REVIEW_NOTES = "reviewNotes";

        private Vars() {
        }
    }

    /** The import this instance runs. */
    static String importId(VariableScope scope) {
        return (String) scope.getVariable(Vars.IMPORT_ID);
    }

    /** Where the import stands, as the result form shows it. */
    static void showProgress(VariableScope scope, MatchingImports.Summary summary) {
        scope.setVariable(Vars.TOTAL_ROWS, summary.totalRows());
        scope.setVariable(Vars.ROWS_REMAINING, summary.totalRows() - summary.processedRows());
        scope.setVariable(Vars.CREATED_COUNT, summary.createdCount());
        scope.setVariable(Vars.DUPLICATE_COUNT, summary.duplicateCount());
        scope.setVariable(Vars.INVALID_COUNT, summary.invalidCount());
        scope.setVariable(Vars.HAS_INVALID_ROWS, summary.invalidCount() > 0);
    }

    @Bean
    ProcessAccess dataMatchingAccess() {
        return new ProcessAccess(KEY, List.of(Groups.ENFORCEMENT_OFFICERS, Groups.MANAGERS), List.of(Groups.ENFORCEMENT_OFFICERS));
    }
}
