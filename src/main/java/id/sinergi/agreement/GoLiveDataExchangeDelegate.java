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

}
