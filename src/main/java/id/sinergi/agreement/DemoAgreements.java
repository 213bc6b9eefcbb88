package id.sinergi.agreement;

import static id.sinergi.agreement.AgreementProcess.Vars;

import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.AgencyTokens;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: each demo agency gets an agreement in force with a live API exchange, started in
 * the process's active phase (monitoring, renewal decision, end date all running), so that it may use
 * the agency API as a partner with a real agreement would.
 */
@Component
@Profile("demo")
@Order(17)
class DemoAgreements {

    /** The demo profile's agencies (DemoAgencies); agencies an admin adds later get no invented agreement. */
    private static final List<String> DEMO_AGENCIES = List.of("disnaker-batang", "kemnaker", "kejari-pekalongan");

    private final AgreementRepository agreements;
    private final AgencyTokens tokens;
    private final RuntimeService runtime;
    private final AgreementDeadlines deadlines;
    private final AgreementNumbers numbers;
    private final Clock clock;

    DemoAgreements(AgreementRepository agreements, AgencyTokens tokens, RuntimeService runtime,
                   AgreementDeadlines deadlines, AgreementNumbers numbers, Clock clock) {
        this.agreements = agreements;
        this.tokens = tokens;
        this.runtime = runtime;
        this.deadlines = deadlines;
        this.numbers = numbers;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void create() {
        for (String agencyId : DEMO_AGENCIES) {
            tokens.find(agencyId).filter(AgencyClient::isActive)
                    .filter(agency -> agreements.countOfPartner(agencyId, 1) == 0)
                    .ifPresent(this::activate);
        }
    }

    private void activate(AgencyClient agency) {
        PartnerKind partnerKind = switch (agency.agencyId()) {
            case "kemnaker" -> PartnerKind.MINISTRY;
            case "kejari-pekalongan" -> PartnerKind.PROSECUTOR;
            default -> PartnerKind.LABOUR_OFFICE;
        };
        AgreementKind kind = partnerKind == PartnerKind.MINISTRY ? AgreementKind.MOU : AgreementKind.PKS;
        LocalDate today = deadlines.today();
        LocalDate start = today.minusMonths(4);
        LocalDate end = deadlines.endDate(start, 3);
        String agreementId = numbers.nextDraftReference(today);
        String number = numbers.next(kind, start);
        String title = "Kerja sama penegakan kepatuhan dan pertukaran data kepesertaan JKN dengan " + agency.name();
        agreements.insert(new Agreement(agreementId, null, null, kind, null, agency.name(), partnerKind, agency.agencyId(),
                title, "Pertukaran data badan usaha dan penanganan bersama pemberi kerja yang tidak patuh",
                List.of(Purpose.ENFORCEMENT.name(), Purpose.DATA_EXCHANGE.name()), 3, "Ayu Kemitraan",
                "kemitraan.pekalongan@sinergi.example", "Narahubung " + agency.name(), "kontak@" + agency.agencyId() + ".example",
                "partnerships", null, AgreementStage.ACTIVE, Agreement.OPEN, null, "BRANCH_HEAD", null, null, null, null,
                null, null, "LIVE", "API", OffsetDateTime.now(clock), null));
        agreements.register(agreementId, number, start, end);
        agreements.recordSignatures(agreementId, "Kepala Cabang BPJS Kesehatan Pekalongan", start,
                "Pimpinan " + agency.name(), start);
        agreements.update(agreementId, "signatory_level", kind == AgreementKind.MOU ? "PRESIDENT_DIRECTOR" : "BRANCH_HEAD");
        agreements.update(agreementId, "exchange_mechanism", "API");

        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.AGREEMENT_ID, agreementId);
        variables.put(Vars.AGREEMENT_NUMBER, number);
        variables.put(Vars.KIND, kind.name());
        variables.put(Vars.PARTNER_NAME, agency.name());
        variables.put(Vars.PARTNER_KIND, partnerKind.name());
        variables.put(Vars.PARTNER_AGENCY_ID, agency.agencyId());
        variables.put(Vars.TITLE, title);
        variables.put(Vars.SCOPE, "Pertukaran data badan usaha dan penanganan bersama");
        variables.put(Vars.TERM_YEARS, 3);
        variables.put(Vars.STAGE, AgreementStage.ACTIVE.name());
        variables.put(Vars.STAGE_NAME, AgreementStage.ACTIVE.label());
        variables.putAll(deadlines.termVariables(start, end));
        variables.put(Vars.EXCHANGE_MECHANISM, "API");
        var instance = runtime.createProcessInstanceByKey(AgreementProcess.KEY).businessKey(number).setVariables(variables)
                .startBeforeActivity("SubProcess_Active").execute();
        agreements.update(agreementId, "process_instance_id", instance.getId());
        tokens.grantForAgreement(agency.agencyId(), agency.name(), agency.scopes(), agreementId);
    }
}
