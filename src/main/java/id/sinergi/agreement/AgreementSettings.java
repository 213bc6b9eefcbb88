package id.sinergi.agreement;

import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sinergi.agreement.*}: the waits of the agreement process and the due dates of its tasks.
 *
 * @param draftReminder       after a draft goes out, when the partner is reminded
 * @param draftingEscalation  after a draft goes out, when a manager is asked to step in
 * @param signatureReminder   after signing starts, when each signatory is reminded
 * @param monitoringPeriod    how often monitoring and evaluation is reported while active
 * @param renewalNotice       how long before the end date the renewal decision is due
 */
@ConfigurationProperties("sinergi.agreement")
public record AgreementSettings(
        Period draftReminder,
        Period draftingEscalation,
        Period signatureReminder,
        Period monitoringPeriod,
        Period renewalNotice,
        String numberOffice,
        Map<String, Integer> taskDueWorkingDays) {
}
