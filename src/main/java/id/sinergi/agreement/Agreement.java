package id.sinergi.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One row of the agreement register. */
public record Agreement(
        String agreementId,
        String processInstanceId,
        String agreementNumber,
        AgreementKind kind,
        String parentMouNumber,
        String partnerName,
        PartnerKind partnerKind,
        String partnerAgencyId,
        String title,
        String scope,
        List<String> purposes,
        int termYears,
        String bpjsContactName,
        String bpjsContactEmail,
        String partnerContactName,
        String partnerContactEmail,
        String proposedBy,
        String renewalOf,
        AgreementStage stage,
        String status,
        AgreementOutcome outcome,
        String signatoryLevel,
        String bpjsSignatory,
        LocalDate bpjsSignedOn,
        String partnerSignatory,
        LocalDate partnerSignedOn,
        LocalDate startDate,
        LocalDate endDate,
        String dataExchangeStatus,
        String exchangeMechanism,
        OffsetDateTime createdAt,
        OffsetDateTime endedAt) {

    public static final String OPEN = "OPEN";
    public static final String ENDED = "ENDED";

    /** Registered and not ended: in force, whether or not its data exchange is live yet. */
    public boolean isLive() {
        return OPEN.equals(status) && agreementNumber != null;
    }
}
