package id.sinergi.agreement;

import id.sinergi.calendar.DeadlineCalculator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every date the agreement model waits for. The BPMN calls it as {@code agreementDeadlines}; the
 * arithmetic is the shared {@link DeadlineCalculator}'s.
 */
@Component("agreementDeadlines")
public class AgreementDeadlines {

    private final DeadlineCalculator deadlines;
    private final AgreementSettings settings;

    AgreementDeadlines(DeadlineCalculator deadlines, AgreementSettings settings) {
        this.deadlines = deadlines;
        this.settings = settings;
    }

    /**
     * A mutual termination takes effect at the end of its agreed day (Asia/Jakarta): until then the agreement
     * stays in force and its API access open.
     */
    public Date endOfDay(Object date) {
        return deadlines.endOf(day(date));
    }

    public boolean isAfterToday(Object date) {
        return day(date).isAfter(deadlines.today());
    }

    java.time.LocalDate day(Object date) {
        if (date instanceof Date instant) {
            return id.sinergi.calendar.Zones.officeDate(instant);
        }
        String text = String.valueOf(date);
        return java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** Due date of a user task, from {@code sinergi.agreement.task-due-working-days.<step>}. */
    public Date taskDue(String step) {
        Integer days = settings.taskDueWorkingDays().get(step);
        if (days == null) {
            throw new IllegalStateException("No due date configured for step " + step
                    + " (sinergi.agreement.task-due-working-days." + step + ")");
        }
        return deadlines.workingDays(days);
    }

    public Date draftReminder() {
        return deadlines.period(settings.draftReminder().toString());
    }

    public Date draftingEscalation() {
        return deadlines.period(settings.draftingEscalation().toString());
    }

    public Date signatureReminder() {
        return deadlines.period(settings.signatureReminder().toString());
    }

    /** Monitoring and evaluation repeats for as long as the agreement is in force. */
    public String monitoringCycle() {
        return "R/" + settings.monitoringPeriod();
    }

    /** What the active phase waits for: first day in force, last day, and the day the renewal decision is due. */
    public Map<String, Object> termVariables(LocalDate start, LocalDate end) {
        return Map.of(
                AgreementProcess.Vars.START_DATE, id.sinergi.calendar.Zones.officeMidnight(start),
                AgreementProcess.Vars.END_DATE, endOfDay(end),
                AgreementProcess.Vars.RENEWAL_DECISION_DATE, endOfDay(renewalDecisionDay(end)));
    }

    /** The day the partner is asked to answer a draft by: the reminder date. */
    public LocalDate draftReminderDay() {
        return deadlines.periodDate(settings.draftReminder().toString());
    }

    ZoneId zone() {
        return deadlines.zone();
    }

    /** The last day in force of an agreement starting on {@code start} for {@code years}. */
    public LocalDate endDate(LocalDate start, int years) {
        return start.plusYears(years).minusDays(1);
    }

    /** The end of a given day, as a deadline (23:59:59 in the office's zone). */
    public Date endOfDay(LocalDate day) {
        return deadlines.endOf(day);
    }

    public LocalDate renewalDecisionDay(LocalDate endDate) {
        return endDate.minus(settings.renewalNotice());
    }

    public LocalDate today() {
        return deadlines.today();
    }
}
