package id.sinergi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Working days as the addressees of our letters (government offices) count them: Monday to Friday,
 * minus national holidays and cuti bersama.
 */
@Component
public class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final Map<LocalDate, String> holidays;
    private final Set<Integer> configuredYears;
    private final Set<Integer> yearsWarnedAbout = ConcurrentHashMap.newKeySet();

    public WorkingDayCalendar(CalendarProperties properties) {
        // Two entries on one date (a holiday that is also named in the cuti bersama list) keep both names.
        this.holidays = properties.holidays().stream()
                .collect(Collectors.toUnmodifiableMap(
                        CalendarProperties.Holiday::date,
                        CalendarProperties.Holiday::name,
                        (first, second) -> first + " / " + second));
        this.configuredYears = holidays.keySet().stream()
                .map(LocalDate::getYear)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isWorkingDay(LocalDate date) {
        warnIfYearNotConfigured(date.getYear());
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /** The name of the holiday or cuti bersama on that date, for letters that explain a deadline. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /**
     * The n-th working day strictly after {@code start}. With n = 0, {@code start} itself when it is a
     * working day, else the next one: "today, or the first day the office is open".
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        LocalDate day = start;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code fromExclusive} up to and including {@code toInclusive}. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(
                    "toInclusive " + toInclusive + " is before fromExclusive " + fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    // A year without a single configured holiday means the list was not updated, not that Indonesia
    // has no holidays: deadlines in it will come out too early, so say so once instead of hiding it.
    private void warnIfYearNotConfigured(int year) {
        if (!configuredYears.contains(year) && yearsWarnedAbout.add(year)) {
            log.warn("Holidays for {} are not configured (sinergi.calendar.holidays); "
                    + "deadlines in {} skip only weekends until the SKB dates are added", year, year);
        }
    }
}
