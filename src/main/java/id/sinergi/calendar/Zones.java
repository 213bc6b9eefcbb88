package id.sinergi.calendar;

import java.time.ZoneId;

/** The zone the branch keeps its office days in: a date staff or an agency give means a day in Jakarta. */
public final class Zones {

    public static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");

    private Zones() {
    }
}
