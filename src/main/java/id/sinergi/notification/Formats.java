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

    /**
     * NPWP as printed on the taxpayer card: 15 digits as {@code 01.234.567.8-901.234}. The 16-digit NPWP
     * (the NIK, since PMK 112/2022) has no dotted form and is written as it is.
     */
    public static String npwp(String digits) {
        if (digits == null || !digits.matches("\\d{15}|\\d{16}")) {
            throw new IllegalArgumentException("NPWP must be 15 or 16 digits: " + digits);
        }
        if (digits.length() == 16) {
            return digits;
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "."
                + digits.substring(8, 9) + "-" + digits.substring(9, 12) + "." + digits.substring(12, 15);
    }

    /** An amount in words as letters add it after the figure: "seratus delapan puluh dua juta lima ratus ribu rupiah". */
    public static String rupiahInWords(BigDecimal amount) {
        return words(amount.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact()) + " rupiah";
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm", INDONESIAN);

    /** A moment as Indonesian readers write it, in the office's zone: "8 Desember 2026 pukul 09.00 WIB". */
    public static String dateTime(java.time.Instant instant, java.time.ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone)) + " " + zoneName(zone);
    }

    /** WIB, WITA or WIT, Indonesia's three time zones as written after a time; the zone id elsewhere. */
    static String zoneName(java.time.ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** Month in Roman numerals, as Indonesian official document numbers write it (XI for November). */
    public static String romanMonth(int month) {
        return ROMAN_MONTHS[month - 1];
    }

    private static final String[] UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
            "sembilan", "sepuluh", "sebelas"};

    /**
     * A whole number in Indonesian words, as legal letters spell periods out: 10 -> "sepuluh",
     * 30 -> "tiga puluh", 111 -> "seratus sebelas", 1000 -> "seribu".
     */
    public static String words(long n) {
        if (n < 0) {
            return "minus " + words(-n);
        }
        if (n < 12) {
            return UNITS[(int) n];
        }
        if (n < 20) {
            return UNITS[(int) (n - 10)] + " belas";
        }
        if (n < 100) {
            return UNITS[(int) (n / 10)] + " puluh" + rest(n % 10);
        }
        if (n < 200) {
            return "seratus" + rest(n - 100);
        }
        if (n < 1000) {
            return UNITS[(int) (n / 100)] + " ratus" + rest(n % 100);
        }
        if (n < 2000) {
            return "seribu" + rest(n - 1000);
        }
        if (n < 1_000_000) {
            return words(n / 1000) + " ribu" + rest(n % 1000);
        }
        if (n < 1_000_000_000) {
            return words(n / 1_000_000) + " juta" + rest(n % 1_000_000);
        }
        if (n < 1_000_000_000_000L) {
            return words(n / 1_000_000_000) + " miliar" + rest(n % 1_000_000_000);
        }
        return words(n / 1_000_000_000_000L) + " triliun" + rest(n % 1_000_000_000_000L);
    }

    private static String rest(long n) {
        return n == 0 ? "" : " " + words(n);
    }

    /** A period as a letter states it: "10 (sepuluh) hari kerja", "30 (tiga puluh) hari". */
    public static String period(long count, String unit) {
        return count + " (" + words(count) + ") " + unit;
    }

    public static String workingDays(long count) {
        return period(count, "hari kerja");
    }

    public static String calendarDays(long count) {
        return period(count, "hari");
    }
}
