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

    private Zones() {
    }
}
