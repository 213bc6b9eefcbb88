package id.sinergi.enforcement;

import id.sinergi.calendar.DeadlineCalculator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Every date the enforcement model waits for, named after the rule it applies. The BPMN calls it as
 * {@code enforcementDeadlines}; all arithmetic goes through the shared {@link DeadlineCalculator}.
 */
@Component("enforcementDeadlines")
public class EnforcementDeadlines {

    private final DeadlineCalculator deadlines;
    private final EnforcementSettings settings;
    private final Clock clock;

    EnforcementDeadlines(DeadlineCalculator deadlines, EnforcementSettings settings, Clock clock) {
        this.deadlines = deadlines;
        this.settings = settings;
        this.clock = clock;
    }

    /** Due date of a user task, from {@code sinergi.enforcement.task-due-working-days.<step>}. */
    public Date taskDue(String step) {
        return deadlines.workingDays(settings.workingDaysFor(step));
    }

    public Date outreachEnds() {
        return deadlines.period(settings.outreachWait().toString());
    }

    /** A written warning lasts at most 10 working days (PP 86/2013). */
    public Date warningEnds() {
        return deadlines.workingDays(settings.warningWorkingDays());
    }

    /** The employer answers the SPHP within 3 working days; then the report becomes final. */
    public Date resultsAnswerEnds() {
        return deadlines.workingDays(settings.resultsAnswerWorkingDays());
    }

    /**
     * The fine runs for at most 30 calendar days after warning II ends (PP 86/2013 Pasal 7(1)), counted from the day
     * warning II ended, not from the moment the notice goes out (its job runs just after the warning's last second,
     * and may run after midnight), and not moved past a weekend or holiday, which would make the period longer than
     * the article allows. A notice that goes out later than the day after (warning II's timer was suspended by an
     * instalment plan that defaulted, or the notice waited in an incident) counts from its own day: the employer is
     * owed the whole period to pay, and a deadline already past would be no period at all.
     */
    public Date finePeriodEnds(Date secondWarningEnded) {
        LocalDate ended = LocalDate.ofInstant(secondWarningEnded.toInstant(), deadlines.zone());
        LocalDate today = deadlines.today();
        LocalDate from = ended.isBefore(today.minusDays(1)) ? today : ended;
        return deadlines.endOf(from.plus(settings.finePeriod()));
    }

    public Date serviceSanctionEnds() {
        return deadlines.period(settings.serviceSanctionWait().toString());
    }

    /** The inspection record is due a few working days after the appointment (not on it). */
    public Date inspectionRecordDue(LocalDate appointment) {
        return deadlines.workingDaysAfter(appointment, settings.inspectionRecordWorkingDays());
    }

    /**
     * When the court should have given judgment: a small-claims suit within 25 days of the first hearing
     * (PERMA 2/2015 Pasal 5(3)), an ordinary civil suit within five months (SEMA 2/2014), end of that day.
     */
    public Date judgmentDue(LocalDate firstHearing, boolean smallClaims) {
        return deadlines.endOf(smallClaims ? firstHearing.plusDays(settings.smallClaimsJudgmentDays())
                : firstHearing.plus(settings.civilSuitJudgment()));
    }

    /**
     * Repeating follow-up while the prosecutor handles the case: first one period from now, then every
     * period, as an ISO 8601 repeating interval the engine's timer understands.
     */
    public String prosecutorFollowUpCycle() {
        String period = settings.prosecutorFollowUp().toString();
        var first = deadlines.period(period).toInstant().atZone(clock.getZone());
        return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(first) + "/" + period;
    }
}
