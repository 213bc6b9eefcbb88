package id.sinergi.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The calendar every deadline is counted in: the zone the letters are dated in, the moment a day is
 * over, and the days government offices are closed (national holidays and cuti bersama).
 *
 * <p>The holiday list ships in {@code holidays-id.yaml}; an operator can extend it for a new year
 * without a release.
 */
@ConfigurationProperties("sinergi.calendar")
public record CalendarProperties(ZoneId zone, LocalTime endOfDay, List<Holiday> holidays) {

    static final ZoneId DEFAULT_ZONE = Zones.OFFICE;

    // A window of N days lasts until the last of those days is over, so the default is its last second.
    static final LocalTime DEFAULT_END_OF_DAY = LocalTime.of(23, 59, 59);

    public CalendarProperties {
        // Office days are Jakarta's throughout (Zones.OFFICE: forms, date variables, the API's dates); a letter dated or a
        // deadline counted in another zone would disagree with them by a day near midnight. Refuse rather than mix.
        if (zone != null && !zone.equals(Zones.OFFICE)) {
            throw new IllegalArgumentException("sinergi.calendar.zone must be " + Zones.OFFICE + " (or unset), not " + zone
                    + ": the branch's office days are Jakarta's everywhere else");
        }
        zone = zone != null ? zone : DEFAULT_ZONE;
        endOfDay = endOfDay != null ? endOfDay : DEFAULT_END_OF_DAY;
        holidays = holidays != null ? List.copyOf(holidays) : List.of();
    }

    /** A day on which the addressees' offices are closed, with the name a letter may cite. */
    public record Holiday(LocalDate date, String name) {

        public Holiday {
            // Fail at startup on a half-written entry rather than count it as a working day.
            Objects.requireNonNull(date, "sinergi.calendar.holidays[].date must be set");
            Objects.requireNonNull(name, "sinergi.calendar.holidays[].name must be set");
        }
    }
}
