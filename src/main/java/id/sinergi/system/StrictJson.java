package id.sinergi.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the API reads as a date: {@code yyyy-MM-dd} and nothing else (no arrays, no numbers), with a year
 * between 1900 and 2100. Java's own range (year -999999999) would pass {@code @PastOrPresent} and break
 * the database and every letter. The rest of the strictness is in {@code spring.jackson} (application.yaml).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /** A module bean: Spring Boot installs it after Jackson's JavaTimeModule, so this reader wins. */
    @Bean
    Module saneDates() {
        return new SimpleModule("sinergi-dates").addDeserializer(LocalDate.class, new SaneDateDeserializer());
    }

    static class SaneDateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                    return date;
                }
            } catch (DateTimeParseException notADate) {
                // answered below like a date out of range
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                    "must be a date yyyy-MM-dd between %d and %d", FIRST_YEAR, LAST_YEAR);
        }
    }
}
