package id.sinergi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(shippedProperties());

    private final Logger calendarLog = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    /**
     * The shipped holidays-id.yaml, read and bound the way Spring Boot reads an imported config file,
     * so these tests prove the file itself and not a copy of it.
     */
    static CalendarProperties shippedProperties() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("holidays-id.yaml", new ClassPathResource("holidays-id.yaml"));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("sinergi.calendar", CalendarProperties.class)
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void detachLogCapture() {
        calendarLog.detachAppender(logged);
    }

    @Test
    void shippedFileDefinesTheOfficialHolidaysOfEveryConfiguredYear() {
        CalendarProperties properties = shippedProperties();
        Map<Integer, Long> perYear = properties.holidays().stream()
                .collect(Collectors.groupingBy(h -> h.date().getYear(), Collectors.counting()));

        assertThat(perYear).containsOnlyKeys(2025, 2026, 2027);
        assertThat(perYear.get(2025)).isEqualTo(28); // 17 national holidays + 11 cuti bersama
        assertThat(perYear.get(2026)).isEqualTo(25); // 17 national holidays + 8 cuti bersama
        assertThat(perYear.get(2027)).isGreaterThan(15);
        assertThat(properties.zone().getId()).isEqualTo("Asia/Jakarta");
    }

    @Test
    void shippedFileNamesEachHolidayInIndonesian() {
        Map<LocalDate, String> byDate = shippedProperties().holidays().stream()
                .collect(Collectors.toMap(CalendarProperties.Holiday::date, CalendarProperties.Holiday::name));

        assertThat(byDate)
                .containsEntry(LocalDate.of(2026, 8, 17), "Hari Kemerdekaan RI")
                .containsEntry(LocalDate.of(2025, 3, 31), "Idul Fitri")
                .containsEntry(LocalDate.of(2025, 4, 7), "Cuti Bersama Idul Fitri")
                .containsEntry(LocalDate.of(2025, 8, 18), "Cuti Bersama Hari Kemerdekaan RI")
                .containsEntry(LocalDate.of(2026, 12, 24), "Cuti Bersama Hari Raya Natal");
    }

    @Test
    void independenceDayIsNotAWorkingDayEvenOnAMonday() {
        assertThat(LocalDate.of(2026, 8, 17).getDayOfWeek().getValue()).isEqualTo(1);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2026, 8, 17))).contains("Hari Kemerdekaan RI");
    }

    @Test
    void cutiBersamaClosesTheOfficesLikeAHoliday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 8, 18))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 24))).isFalse();
    }

    @Test
    void weekendsAreNotWorkingDaysAndOrdinaryWeekdaysAre() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 9))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 10))).isTrue(); // Monday
        assertThat(calendar.holidayName(LocalDate.of(2025, 2, 10))).isEmpty();
    }

    @Test
    void fourWorkingDaysFromMondayInAPlainWeekIsFriday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 3), 4)).isEqualTo(LocalDate.of(2025, 2, 7));
    }

    @Test
    void countingFromThursdaySkipsTheWeekend() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 6), 1)).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 6), 2)).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void tenWorkingDaysOfAWarningIssuedBeforeLebaran2025EndAfterCutiBersamaAndGoodFriday() {
        // Issued Wed 26 March: only Thu 27 March counts before the offices close from 28 March
        // (Nyepi, Idul Fitri, cuti bersama) until Tue 8 April; Good Friday 18 April is skipped too.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 26), 10)).isEqualTo(LocalDate.of(2025, 4, 21));
    }

    @Test
    void tenWorkingDaysOfAWarningIssuedBeforeLebaran2026EndOnEighthOfApril() {
        // Issued Tue 17 March: closed 18-24 March (Nyepi, Idul Fitri, cuti bersama) and Good Friday 3 April.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 17), 10)).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void countingAcrossNewYear2026SkipsChristmasCutiBersamaAndNewYearsDay() {
        LocalDate monday = LocalDate.of(2025, 12, 22);
        assertThat(calendar.addWorkingDays(monday, 5)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(calendar.addWorkingDays(monday, 6)).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(calendar.addWorkingDays(monday, 10)).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void countingAcrossNewYear2027SkipsChristmasAndNewYearsDay() {
        // Thu 24 Dec cuti bersama, Fri 25 Dec Natal, Fri 1 Jan 2027 Tahun Baru.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 23), 4)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 23), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void countingFromAHolidayStartsOnTheNextWorkingDay() {
        // Christmas 2025 is Thursday, Friday is cuti bersama, so the first working day is Monday.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 25), 1)).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void zeroWorkingDaysIsTheStartWhenOpenOtherwiseTheNextOpenDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 5), 0)).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 8, 17), 0)).isEqualTo(LocalDate.of(2026, 8, 18));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 8), 0)).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 2, 5), -1))
                .withMessageContaining("must not be negative");
    }

    @Test
    void workingDaysBetweenCountsTheSameDaysAddWorkingDaysSkips() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 3, 26), LocalDate.of(2025, 4, 21))).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 3, 26), LocalDate.of(2025, 4, 20))).isEqualTo(9);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 10))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3))).isZero();
    }

    @Test
    void workingDaysBetweenRejectsAnEndBeforeTheStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 3)));
    }

    @Test
    void aYearWithoutConfiguredHolidaysCountsWeekendsAndWarnsOnce() {
        captureLog();

        assertThat(calendar.addWorkingDays(LocalDate.of(2030, 1, 4), 1)).isEqualTo(LocalDate.of(2030, 1, 7));
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 12, 25))).isTrue();

        assertThat(logged.list)
                .filteredOn(event -> event.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .singleElement()
                .asString()
                .contains("2030", "not configured");
    }

    @Test
    void configuredYearsDoNotWarn() {
        captureLog();

        calendar.addWorkingDays(LocalDate.of(2025, 12, 22), 10);

        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN).isEmpty();
    }

    @Test
    void twoEntriesOnOneDateKeepBothNames() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        WorkingDayCalendar doubled = new WorkingDayCalendar(new CalendarProperties(null, null, List.of(
                new CalendarProperties.Holiday(day, "Hari Lahir Pancasila"),
                new CalendarProperties.Holiday(day, "Cuti Bersama"))));

        assertThat(doubled.holidayName(day)).contains("Hari Lahir Pancasila / Cuti Bersama");
    }

    private void captureLog() {
        logged.start();
        calendarLog.addAppender(logged);
    }
}
