package id.sinergi.enforcement;

import id.sinergi.calendar.Zones;
import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.notification.Formats;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import id.sinergi.notification.Letter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Asks the licensing office of the employer's district, and the OSS office for centrally issued licences,
 * to withhold public services (TMP3T, PP 86/2013 Pasal 8-9). From here on, a settled case must ask the same
 * offices to lift the sanction, unless the office refused it.
 */
@Component("requestServiceWithholding")
class RequestServiceWithholdingDelegate implements JavaDelegate {

    private final CaseLetters caseLetters;
    private final EnforcementDeadlines deadlines;
    private final CaseRecords records;
    private final CaseSettlement settlement;
    private final Clock clock;

    RequestServiceWithholdingDelegate(CaseLetters caseLetters, EnforcementDeadlines deadlines, CaseRecords records,
                                      CaseSettlement settlement, Clock clock) {
        this.caseLetters = caseLetters;
        this.deadlines = deadlines;
        this.records = records;
        this.settlement = settlement;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        variables.setServicesWithheld(true);
        var sent = caseLetters.requestWithholding(execution, variables.employerDistrict(), grounds(variables));
        OffsetDateTime now = OffsetDateTime.now(clock);
        records.sanctionRequested(variables.caseNumber(), sent.stream().map(Letter::recipientName).collect(Collectors.joining("; ")), now);
        variables.setWithholdingRequestedOn(now.atZoneSameInstant(Zones.OFFICE).toLocalDate());
        variables.setDeadline(Vars.SERVICE_SANCTION_DEADLINE, deadlines.serviceSanctionEnds());
    }

    /**
     * The request's grounds as they stand, and what lifting will wait for: the office decides on what the letter
     * says. With no fine imposed (nothing established as owed) there is no fine to have ignored; a fine paid in full
     * leaves only the obligation (Pasal 10(7)); a fine unpaid at the end of its period is Pasal 10(6)'s ground.
     * The template words each ground, keeping amounts and dates unbroken.
     */
    private Map<String, String> grounds(EnforcementCaseProcess.Variables variables) {
        var fine = variables.fineAmount();
        if (fine.signum() == 0) {
            return Map.of("withholdingGround", "NO_FINE", "fine", "", "fineDeadline", "", "unpaidFine", "");
        }
        var unpaid = settlement.unpaidFine(variables);
        return Map.of("withholdingGround", unpaid.signum() == 0 ? "FINE_PAID" : "FINE_UNPAID",
                "fine", Formats.rupiah(fine),
                "fineDeadline", caseLetters.date(variables.deadline(Vars.FINE_DEADLINE)),
                "unpaidFine", unpaid.signum() > 0 && unpaid.compareTo(fine) < 0 ? Formats.rupiah(unpaid) : "");
    }
}
