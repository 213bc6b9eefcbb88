package id.sinergi.enforcement;

import id.sinergi.system.UnplannedEnd;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** A case whose instance was cancelled in Cockpit or deleted through the REST API is closed as CANCELLED. */
@Component
class CaseCancellation implements UnplannedEnd {

    private final EnforcementCaseRepository cases;
    private final ComplianceReports reports;
    private final Clock clock;

    CaseCancellation(EnforcementCaseRepository cases, ComplianceReports reports, Clock clock) {
        this.cases = cases;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return EnforcementCaseProcess.KEY;
    }

    @Override
    public void cancelled(String processInstanceId, String businessKey, String userId, String reason) {
        cases.cancel(businessKey, OffsetDateTime.now(clock), userId == null ? "system" : userId, reason);
        // Cockpit cancels without custom listeners, so no verification task marks its own report: all of them here.
        reports.supersedePending(businessKey);
    }
}
