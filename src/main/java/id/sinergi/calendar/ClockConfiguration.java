package id.sinergi.calendar;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now". Deadlines read the time through this bean, never through
 * {@code LocalDate.now()}, so a test can pin the date by declaring its own {@link Clock}
 * (mark it {@code @Primary} when the test context also scans this class).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(CalendarProperties properties) {
        return Clock.system(properties.zone());
    }
}
