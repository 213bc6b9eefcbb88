package id.sinergi.batch;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The {@code enforcement-case-batch} process: an agency's bulk report, stored with its reports when it is
 * posted ({@link CaseBatchService}), worked off by the engine's job executor one chunk per job
 * ({@link ReportBatchRowsDelegate}), so it survives a restart and spreads over the nodes. The engine
 * carries the batch id and how many reports are left, never the reports.
 */
final class CaseBatchProcess {

    static final String KEY = "enforcement-case-batch";
    static final String REPORT_ROWS = "ServiceTask_ReportBatchRows";

    static final class Vars {
        static final String BATCH_ID = "batchId";
        static final String ROWS_REMAINING = "rowsRemaining";

        private Vars() {
        }
    }

    private CaseBatchProcess() {
    }

    static String batchId(VariableScope scope) {
        return (String) scope.getVariable(Vars.BATCH_ID);
    }

    static void rowsRemaining(VariableScope scope, int remaining) {
        scope.setVariable(Vars.ROWS_REMAINING, remaining);
    }
}
