package id.sinergi.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The one place every BPMN timer and user-task due date comes from, e.g.
 * {@code ${deadlines.workingDays(10)}} or {@code ${deadlines.period(reminderWait)}}.
 *
 * <p>Methods returning {@link Date} are for the engine (timer {@code timeDate}, task {@code dueDate});
 * the {@code ...Date} variants return the day itself, for the text of a letter.
 */
@Component("deadlines")
public class DeadlineCalculator {

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime endOfDay;

    public DeadlineCalculator(WorkingDayCalendar calendar, CalendarProperties properties, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        this.zone = properties.zone();
        this.endOfDay = properties.endOfDay();
    }

    /** End of the n-th working day after today: a legal window of N working days. */
    public Date workingDays(int n) {
        return endOf(workingDaysDate(n));
    }

    /** End of the n-th working day after a given day (an appointment, a filing). */
    public Date workingDaysAfter(LocalDate day, int n) {
        return endOf(calendar.addWorkingDays(day, n));
    }

    public LocalDate workingDaysDate(int n) {
        return calendar.addWorkingDays(today(), n);
    }

    /** End of the day n calendar days after today, moved to the next working day if the office is closed. */
    public Date calendarDays(int n) {
        return endOf(calendarDaysDate(n));
    }

    public LocalDate calendarDaysDate(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        return calendar.addWorkingDays(today().plusDays(n), 0);
    }

    /** As {@link #calendarDays(int)} for an ISO-8601 period such as {@code P14D} or {@code P1M}. */
    public Date period(String isoPeriod) {
        return endOf(periodDate(isoPeriod));
    }

    public LocalDate periodDate(String isoPeriod) {
        Period period = parse(isoPeriod);
        return calendar.addWorkingDays(today().plus(period), 0);
    }

    /** The office's time zone, in which every deadline ends. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the configured zone, whatever zone the server or the clock runs in. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The end of that day in the office's zone: the instant a deadline on that date runs out. */
    public Date endOf(LocalDate day) {
        return Date.from(day.atTime(endOfDay).atZone(zone).toInstant());
    }

    private static Period parse(String isoPeriod) {
        if (isoPeriod == null) {
            throw new IllegalArgumentException("isoPeriod must not be null");
        }
        Period period;
        try {
            period = Period.parse(isoPeriod);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("isoPeriod is not an ISO-8601 period like P14D: " + isoPeriod, e);
        }
        if (period.isNegative()) {
            throw new IllegalArgumentException("isoPeriod must not be negative: " + isoPeriod);
        }
        return period;
    }
}
