package id.sinergi.agreement;

import id.sinergi.agency.AgencyTokens;
import id.sinergi.system.UnplannedEnd;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * An agreement whose instance was cancelled in Cockpit or deleted through the REST API ends as CANCELLED,
 * and its API access is revoked as an ending would: a cancelled agreement is no legal basis for exchange.
 */
@Component
class AgreementCancellation implements UnplannedEnd {

    private final AgreementRepository agreements;
    private final AgencyTokens tokens;
    private final Clock clock;

    AgreementCancellation(AgreementRepository agreements, AgencyTokens tokens, Clock clock) {
        this.agreements = agreements;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return AgreementProcess.KEY;
    }

    @Override
    public void cancelled(String processInstanceId, String businessKey, String userId, String reason) {
        agreements.idOfInstance(processInstanceId).ifPresent(agreementId -> {
            // Its exchange ends with it; the client itself lives on only while it serves another live agreement.
            tokens.revokeForAgreement(agreementId);
            agreements.endDataExchange(agreementId);
            agreements.cancel(agreementId, OffsetDateTime.now(clock), userId == null ? "system" : userId, reason);
        });
    }
}
