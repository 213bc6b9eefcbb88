package id.sinergi.enforcement;

import id.sinergi.system.UnplannedEnd;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** A case whose instance was cancelled in Cockpit or deleted through the REST API is closed as CANCELLED. */
@Component
class CaseCancellation implements UnplannedEnd {

    private final EnforcementCaseRepository cases;
    private final Clock clock;

    CaseCancellation(EnforcementCaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return EnforcementCaseProcess.KEY;
    }

    @Override
    public void cancelled(String processInstanceId, String businessKey, String userId, String reason) {
        cases.cancel(businessKey, OffsetDateTime.now(clock), userId == null ? "system" : userId, reason);
    }
}
