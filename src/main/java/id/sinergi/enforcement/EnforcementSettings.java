package id.sinergi.enforcement;

import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ladder's waits and task deadlines ({@code sinergi.enforcement.*}). Legal windows (10 working days
 * per warning, PP 86/2013) are configurable only so a change in the regulation needs no release.
 */
@ConfigurationProperties("sinergi.enforcement")
public record EnforcementSettings(
        Period outreachWait,
        int warningWorkingDays,
        int resultsAnswerWorkingDays,
        Period finePeriod,
        Period serviceSanctionWait,
        Period prosecutorFollowUp,
        int inspectionRecordWorkingDays,
        java.math.BigDecimal smallClaimsLimit,
        int smallClaimsJudgmentDays,
        Period civilSuitJudgment,
        Map<String, Integer> taskDueWorkingDays) {

    /** The working days configured for {@code step}; a step without a setting is a configuration error, not a default. */
    public int workingDaysFor(String step) {
        Integer days = taskDueWorkingDays.get(step);
        if (days == null) {
            throw new IllegalStateException("No due date configured for step " + step
                    + " (sinergi.enforcement.task-due-working-days." + step + ")");
        }
        return days;
    }
}
