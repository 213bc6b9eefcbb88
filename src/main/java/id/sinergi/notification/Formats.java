package id.sinergi.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How amounts and dates are written in Indonesian letters: Rp15.750.000, 23 November 2026. */
public final class Formats {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private Formats() {
    }

    public static String rupiah(BigDecimal amount) {
        NumberFormat format = NumberFormat.getIntegerInstance(INDONESIAN);
        return "Rp" + format.format(amount);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** Month in Roman numerals, as Indonesian official document numbers write it (XI for November). */
    public static String romanMonth(int month) {
        return ROMAN_MONTHS[month - 1];
    }
}
