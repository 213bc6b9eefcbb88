package id.sinergi.enforcement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Waits of the instalment plan ({@code sinergi.enforcement.instalments.*}). The limits of a plan itself
 * (12 instalments, first due within 30 days) are rules, kept in {@link InstalmentRules} and its form.
 *
 * @param graceWorkingDays working days after an instalment's due date before an unpaid instalment puts the
 *                         plan in default (holidays and collective leave excluded)
 * @param scheduleTaskDueWorkingDays due date of the task in which the officer records the signed plan
 */
@ConfigurationProperties("sinergi.enforcement.instalments")
public record InstalmentSettings(
        @DefaultValue("5") int graceWorkingDays,
        @DefaultValue("3") int scheduleTaskDueWorkingDays) {

    public InstalmentSettings {
        if (graceWorkingDays < 0 || scheduleTaskDueWorkingDays < 1) {
            throw new IllegalArgumentException("sinergi.enforcement.instalments: grace-working-days must be >= 0 and "
                    + "schedule-task-due-working-days >= 1");
        }
    }
}
