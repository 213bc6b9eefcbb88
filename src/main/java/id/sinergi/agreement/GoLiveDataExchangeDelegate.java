package id.sinergi.agreement;

import static id.sinergi.agreement.AgreementProcess.Vars;

import id.sinergi.agency.AgencyTokens;
import id.sinergi.agency.Scope;
import id.sinergi.notification.LetterKind;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The tested data exchange goes live. For an API exchange the partner gets its client of the agency
 * API, bound to this agreement: a prosecutor's office may record outcomes, others may report employers.
 */
@Component("goLiveDataExchange")
class GoLiveDataExchangeDelegate implements JavaDelegate {

    private final AgreementRepository agreements;
    private final AgencyTokens tokens;
    private final AgreementLetters letters;

    GoLiveDataExchangeDelegate(AgreementRepository agreements, AgencyTokens tokens, AgreementLetters letters) {
        this.agreements = agreements;
        this.tokens = tokens;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = AgreementProcess.variables(execution);
        String agreementId = agreements.idOf(execution);
        String mechanism = variables.string(Vars.EXCHANGE_MECHANISM);
        String accessNote = "Pertukaran data dilakukan melalui berkas terjadwal sesuai kesepakatan teknis.";
        if ("API".equals(mechanism)) {
            String agencyId = variables.string(Vars.PARTNER_AGENCY_ID);
            if (agencyId == null || agencyId.isBlank()) {
                throw new IllegalStateException("An API exchange needs the partner's agency id");
            }
            refuseRebinding(agencyId, agreementId);
            Set<Scope> scopes = variables.partnerKind() == PartnerKind.PROSECUTOR ? Set.of(Scope.PROSECUTE) : Set.of(Scope.REPORT_CASES);
            tokens.grantForAgreement(agencyId, variables.string(Vars.PARTNER_NAME), scopes, agreementId);
            agreements.update(agreementId, "partner_agency_id", agencyId);
            accessNote = "Klien API Sinergi untuk " + agencyId + " telah aktif; token akses diserahkan oleh administrator "
                    + "BPJS Kesehatan melalui saluran aman, tidak melalui surat ini.";
        }
        agreements.update(agreementId, "exchange_mechanism", mechanism);
        agreements.update(agreementId, "data_exchange_status", "LIVE");
        letters.send(execution, LetterKind.DATA_EXCHANGE_LIVE, agreementId, AgreementLetters.To.PARTNER,
                Map.of("mechanism", "API".equals(mechanism) ? "API" : "berkas (batch)", "accessNote", accessNote));
    }

    /**
     * An agency's client serves one live agreement: re-binding it would move the partner's access (and
     * its revocation when that agreement ends) to another agreement. Only the agreement this one renews
     * may hand its client over. Not a BpmnError, since the model has no path for it: the job fails, retries
     * (an administrator may end the other agreement meanwhile) and then shows as an incident in Cockpit.
     * The mechanism task cannot decide this alone, as another agreement may go live between the two steps.
     */
    private void refuseRebinding(String agencyId, String agreementId) {
        String renews = agreements.find(agreementId).map(Agreement::renewalOf).orElse(null);
        tokens.boundAgreement(agencyId)
                .filter(bound -> !bound.equals(agreementId) && !bound.equals(renews))
                .flatMap(agreements::find)
                .filter(Agreement::isLive)
                .ifPresent(other -> {
                    throw new IllegalStateException("The API client of %s serves live agreement %s; agreement %s cannot take it over"
                            .formatted(agencyId, other.agreementId(), agreementId));
                });
    }
}
