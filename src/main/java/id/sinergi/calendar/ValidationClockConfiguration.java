package id.sinergi.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
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
        // Hibernate Validator keeps the clock it is given in each (cached) validator, so it gets a live view:
        // every reading asks the application's clock bean (a test's own @Primary clock included).
        return configuration -> configuration.clockProvider(() -> new CalendarClock(clock::getObject, calendar.zone()));
    }

    /** The instants of the application's clock, read in the calendar's zone. */
    static final class CalendarClock extends Clock {

        private final Supplier<Clock> source;
        private final ZoneId zone;

        CalendarClock(Supplier<Clock> source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new CalendarClock(source, other);
        }

        @Override
        public Instant instant() {
            return source.get().instant();
        }
    }
}
