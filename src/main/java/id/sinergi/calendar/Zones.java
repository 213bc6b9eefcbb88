package id.sinergi.calendar;

import java.time.ZoneId;

/** The zone the branch keeps its office days in: a date staff or an agency give means a day in Jakarta. */
public final class Zones {

    public static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");

    /**
     * The office day of a date value: a {@code java.sql.Date} is already a day (and refuses toInstant()),
     * any other {@link java.util.Date} is an instant seen in Jakarta.
     */
    public static java.time.LocalDate officeDate(java.util.Date date) {
        return date instanceof java.sql.Date day ? day.toLocalDate() : date.toInstant().atZone(OFFICE).toLocalDate();
    }

    /**
     * A day as a date variable: midnight in Jakarta. Not {@code java.sql.Date.valueOf}, which is midnight in the JVM's
     * zone: the engine keeps the instant, so on a server east of Jakarta (WITA, WIT) the day read back is the one
     * before, and forms show any hour but midnight with its time ("pukul 07.00 WIB" on a server in UTC).
     */
    public static java.util.Date officeMidnight(java.time.LocalDate day) {
        return java.util.Date.from(day.atStartOfDay(OFFICE).toInstant());
    }

    private Zones() {
    }
}
