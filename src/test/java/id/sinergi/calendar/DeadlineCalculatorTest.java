package id.sinergi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final CalendarProperties properties = WorkingDayCalendarTest.shippedProperties();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(properties);

    private DeadlineCalculator deadlinesOn(int year, int month, int day) {
        Instant nineInTheMorning = ZonedDateTime.of(year, month, day, 9, 0, 0, 0, JAKARTA).toInstant();
        return new DeadlineCalculator(calendar, properties, Clock.fixed(nineInTheMorning, JAKARTA));
    }

    @Test
    void workingDaysEndsAtTheLastSecondOfTheDayInJakarta() {
        Date deadline = deadlinesOn(2026, 3, 17).workingDays(10);

        // 8 April 2026 23:59:59 WIB (UTC+7)
        assertThat(deadline.toInstant()).isEqualTo(Instant.parse("2026-04-08T16:59:59Z"));
    }

    @Test
    void workingDaysAcrossLebaran2025() {
        DeadlineCalculator deadlines = deadlinesOn(2025, 3, 26);

        assertThat(deadlines.workingDaysDate(10)).isEqualTo(LocalDate.of(2025, 4, 21));
        assertThat(deadlines.workingDays(10).toInstant()).isEqualTo(Instant.parse("2025-04-21T16:59:59Z"));
    }

    @Test
    void todayIsTheJakartaDateEvenWhenTheClockRunsInUtc() {
        // 20:00 UTC on 16 March is already 03:00 on 17 March in Jakarta.
        Clock utc = Clock.fixed(Instant.parse("2026-03-16T20:00:00Z"), ZoneOffset.UTC);
        DeadlineCalculator deadlines = new DeadlineCalculator(calendar, properties, utc);

        assertThat(deadlines.today()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(deadlines.workingDaysDate(10)).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void calendarDaysInAnOrdinaryWeekLandOnThatDay() {
        Date deadline = deadlinesOn(2025, 2, 3).calendarDays(3);

        assertThat(deadline.toInstant()).isEqualTo(Instant.parse("2025-02-06T16:59:59Z"));
    }

    @Test
    void calendarDaysLandingOnASundayBeforeAHolidayMoveToTheNextWorkingDay() {
        // Fri 14 Aug 2026 + 2 = Sun 16 Aug; Mon 17 Aug is Independence Day; so Tue 18 Aug.
        DeadlineCalculator deadlines = deadlinesOn(2026, 8, 14);

        assertThat(deadlines.calendarDaysDate(2)).isEqualTo(LocalDate.of(2026, 8, 18));
        assertThat(deadlines.calendarDays(2).toInstant()).isEqualTo(Instant.parse("2026-08-18T16:59:59Z"));
    }

    @Test
    void zeroCalendarDaysIsEndOfTodayOnAWorkingDay() {
        assertThat(deadlinesOn(2025, 2, 5).calendarDays(0).toInstant())
                .isEqualTo(Instant.parse("2025-02-05T16:59:59Z"));
    }

    @Test
    void periodOfFourteenDaysLandingOnCutiBersamaMovesToTheNextWorkingDay() {
        // Tue 10 Mar 2026 + 14 days = Tue 24 Mar, cuti bersama Idul Fitri; so Wed 25 Mar.
        DeadlineCalculator deadlines = deadlinesOn(2026, 3, 10);

        assertThat(deadlines.period("P14D").toInstant()).isEqualTo(Instant.parse("2026-03-25T16:59:59Z"));
    }

    @Test
    void periodOfOneMonthFromTheLastDayOfJanuaryEndsOnTheLastDayOfFebruary() {
        assertThat(deadlinesOn(2025, 1, 31).periodDate("P1M")).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void periodAndCalendarDaysAgreeForTheSameNumberOfDays() {
        DeadlineCalculator deadlines = deadlinesOn(2025, 12, 1);

        assertThat(deadlines.period("P30D")).isEqualTo(deadlines.calendarDays(30));
        assertThat(deadlines.periodDate("P30D")).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void negativeOrMalformedWaitsAreRejected() {
        DeadlineCalculator deadlines = deadlinesOn(2025, 2, 3);

        assertThatIllegalArgumentException().isThrownBy(() -> deadlines.period("P-1D"));
        assertThatIllegalArgumentException().isThrownBy(() -> deadlines.period("14 days"))
                .withMessageContaining("14 days");
        assertThatIllegalArgumentException().isThrownBy(() -> deadlines.period(null));
        assertThatIllegalArgumentException().isThrownBy(() -> deadlines.calendarDays(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> deadlines.workingDays(-1));
    }

    @Test
    void aCalendarZoneOtherThanJakartasIsRefusedAtStartup() {
        // A branch server set to WITA must not date letters in one zone and read forms and API dates in another.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CalendarProperties(java.time.ZoneId.of("Asia/Makassar"), null, List.of()))
                .withMessageContaining("sinergi.calendar.zone must be Asia/Jakarta");
        assertThat(new CalendarProperties(null, null, List.of()).zone()).isEqualTo(JAKARTA);
    }

    @Test
    void configuredEndOfDayIsUsed() {
        CalendarProperties closingAtFive = new CalendarProperties(
                JAKARTA, LocalTime.of(17, 0), properties.holidays());
        Clock clock = Clock.fixed(Instant.parse("2025-02-03T02:00:00Z"), JAKARTA);
        DeadlineCalculator deadlines = new DeadlineCalculator(calendar, closingAtFive, clock);

        assertThat(deadlines.workingDays(1).toInstant()).isEqualTo(Instant.parse("2025-02-04T10:00:00Z"));
    }
}
