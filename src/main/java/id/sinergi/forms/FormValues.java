package id.sinergi.forms;

import id.sinergi.calendar.Zones;
import id.sinergi.notification.Formats;
import id.sinergi.system.TaskFormContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every amount and date a form may show, written for people: for a variable {@code fineAmount} the form
 * also gets {@code fineAmountText} = "Rp182.500", for {@code courtJudgmentDue} "8 Desember 2026 pukul
 * 23.59 WIB". Forms show the {@code …Text} twin and keep the variable itself for conditions. Amounts are
 * recognised by name (the processes name money {@code …Amount}, {@code …Total} or {@code …Arrears}, and months
 * {@code …MonthsInArrears}), dates
 * by value (a date) or by name and ISO form ({@code …Date}, {@code …Due}, {@code …Deadline}, {@code …On}).
 */
@Component
@Order(0)
class FormValues implements TaskFormContext {

    static final String SUFFIX = "Text";

    private static final Pattern MONEY = Pattern.compile("(?!.*Months)(?!months).*(Amount|Total|Arrears)");
    private static final Pattern DATE_NAME = Pattern.compile(".*(Date|Due|Deadline|On|At)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    @Override
    public Map<String, Object> of(FormTask task, Map<String, Object> variables) {
        Map<String, Object> shown = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            String text = text(name, value);
            if (text != null) {
                shown.put(name + SUFFIX, text);
            }
        });
        return shown;
    }

    /** How a variable reads in a form, or null when it needs no twin (text, counts, codes). */
    static String text(String name, Object value) {
        if (value instanceof Number number && MONEY.matcher(name).matches()) {
            return Formats.rupiah(new BigDecimal(number.toString()));
        }
        if (value instanceof Date date) {
            return moment(date.toInstant().atZone(Zones.OFFICE).toLocalDateTime());
        }
        if (value instanceof String string && DATE_NAME.matcher(name).matches()) {
            try {
                if (ISO_DATE.matcher(string).matches()) {
                    return Formats.date(LocalDate.parse(string));
                }
                if (ISO_DATE_TIME.matcher(string).matches()) {
                    return moment(parseDateTime(string));
                }
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        return null;
    }

    /** A date without a time of day (midnight in the office) reads as a date only. */
    private static String moment(LocalDateTime local) {
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return Formats.date(local.toLocalDate());
        }
        return Formats.dateTime(local.atZone(Zones.OFFICE).toInstant(), Zones.OFFICE);
    }

    private static LocalDateTime parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(Zones.OFFICE).toLocalDateTime();
        } catch (DateTimeParseException noOffset) {
            // Forms send a local date-time without a zone: the office's clock.
            return LocalDateTime.parse(text);
        }
    }
}
