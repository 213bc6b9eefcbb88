package id.sinergi.calendar;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @FutureOrPresent}) is the application's clock in the
 * calendar's zone (Asia/Jakarta), not the JVM's default zone: a date an agency sends is judged by the
 * Jakarta calendar, so at 06:00 in Jakarta (still yesterday in UTC) today's date is not "in the future".
 */
@Configuration(proxyBeanMethods = false)
class ValidationClockConfiguration {

    @Bean
    ValidationConfigurationCustomizer calendarClockForValidation(ObjectProvider<Clock> clock, CalendarProperties calendar) {
        // Looked up on every validation, so a test's own (@Primary) clock is the one used.
        return configuration -> configuration.clockProvider(() -> clock.getObject().withZone(calendar.zone()));
    }
}
