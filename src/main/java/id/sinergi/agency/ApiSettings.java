package id.sinergi.agency;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sinergi.api.*}: limits of the agency API.
 *
 * @param requestsPerMinute      default rate limit of each agency
 * @param requestsPerMinuteByAgency overrides per agency id (a client's own setting wins over both)
 * @param maxBodySize            largest request body accepted
 * @param idempotencyWait        how long a retry waits for the first request with the same key to finish
 */
@ConfigurationProperties("sinergi.api")
public record ApiSettings(
        @DefaultValue("120") int requestsPerMinute,
        @DefaultValue Map<String, Integer> requestsPerMinuteByAgency,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("10s") Duration idempotencyWait) {

    int limitFor(AgencyClient client) {
        if (client.requestsPerMinute() != null) {
            return client.requestsPerMinute();
        }
        return requestsPerMinuteByAgency.getOrDefault(client.agencyId(), requestsPerMinute);
    }
}
