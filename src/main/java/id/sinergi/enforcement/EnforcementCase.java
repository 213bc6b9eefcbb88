package id.sinergi.enforcement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of the case register. */
public record EnforcementCase(
        String caseNumber,
        String processInstanceId,
        String employerNib,
        String employerNpwp,
        String employerName,
        String employerAddress,
        String employerEmail,
        SizeClass sizeClass,
        ViolationType violationType,
        int workersAffected,
        BigDecimal arrearsAmount,
        int monthsInArrears,
        String description,
        String reportedBy,
        String reporterReference,
        Stage stage,
        String status,
        Outcome outcome,
        OffsetDateTime reportedAt,
        OffsetDateTime closedAt,
        String reportingAgency,
        String prosecutorOffice) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** An agency sees the cases it reported and those whose special power of attorney (SKK) names it. */
    public boolean visibleTo(String agencyId) {
        return agencyId.equals(reportingAgency) || agencyId.equals(prosecutorOffice);
    }
}
