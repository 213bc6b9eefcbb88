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
 * @param maxBatchBodySize       largest body of a bulk report ({@link #BATCH_PATH}): 10,000 reports with long
 *                               descriptions
 */
@ConfigurationProperties("sinergi.api")
public record ApiSettings(
        @DefaultValue("120") int requestsPerMinute,
        @DefaultValue Map<String, Integer> requestsPerMinuteByAgency,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("10s") Duration idempotencyWait,
        @DefaultValue("32MB") DataSize maxBatchBodySize) {

    /** Where agencies post bulk reports: the one API path whose body may exceed {@link #maxBodySize}. */
    public static final String BATCH_PATH = "/api/v1/enforcement-case-batches";

    /** The body limit of a request: a bulk report's, or every other API request's. */
    public long maxBodyBytes(String method, String path) {
        return "POST".equals(method) && BATCH_PATH.equals(path) ? maxBatchBodySize.toBytes() : maxBodySize.toBytes();
    }

    int limitFor(AgencyClient client) {
        if (client.requestsPerMinute() != null) {
            return client.requestsPerMinute();
        }
        return requestsPerMinuteByAgency.getOrDefault(client.agencyId(), requestsPerMinute);
    }
}
