package id.sinergi.agreement;

import static id.sinergi.agreement.AgreementProcess.Vars;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Renewal starts a new {@code agreement} instance carrying the same partner and purposes, linked to this
 * one; this agreement stays in force until its own end date.
 */
@Component("startAgreementRenewal")
class StartAgreementRenewalDelegate implements JavaDelegate {

    private static final List<String> CARRIED_OVER = List.of(Vars.KIND, Vars.PARENT_MOU_NUMBER, Vars.PARTNER_NAME,
            Vars.PARTNER_KIND, Vars.PARTNER_AGENCY_ID, Vars.TITLE, Vars.SCOPE, Vars.TERM_YEARS, Vars.BPJS_CONTACT_NAME,
            Vars.BPJS_CONTACT_EMAIL, Vars.PARTNER_CONTACT_NAME, Vars.PARTNER_CONTACT_EMAIL, Vars.PROPOSED_BY);

    private final RuntimeService runtime;
    private final AgreementRepository agreements;

    StartAgreementRenewalDelegate(@Lazy RuntimeService runtime, AgreementRepository agreements) {
        this.runtime = runtime;
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> carried = new HashMap<>();
        for (String name : CARRIED_OVER) {
            carried.put(name, execution.getVariable(name));
        }
        for (Purpose purpose : Purpose.values()) {
            carried.put(purpose.variable(), execution.getVariable(purpose.variable()));
        }
        carried.put(Vars.RENEWAL_OF, agreements.idOf(execution));
        var renewal = runtime.startProcessInstanceByKey(AgreementProcess.KEY, carried);
        execution.setVariable(Vars.RENEWED_BY, renewal.getBusinessKey());
    }
}
