package id.sinergi.agency;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * A token bucket per agency, refilled continuously at the agency's rate per minute, holding at most one
 * minute's worth. In memory: each node of a cluster limits on its own, which errs on the generous side.
 */
@Component
class RateLimiter {

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ApiSettings settings;
    private final Clock clock;

    RateLimiter(ApiSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Takes one request from the agency's bucket; empty when allowed, else how long to wait. */
    Optional<Duration> acquire(AgencyClient client) {
        int perMinute = Math.max(1, settings.limitFor(client));
        Bucket bucket = buckets.computeIfAbsent(client.agencyId(), id -> new Bucket(perMinute, clock.millis()));
        return bucket.take(perMinute, clock.millis());
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        synchronized Optional<Duration> take(int perMinute, long now) {
            double perMilli = perMinute / 60_000.0;
            tokens = Math.min(perMinute, tokens + (now - updatedAt) * perMilli);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            long waitMillis = (long) Math.ceil((1 - tokens) / perMilli);
            return Optional.of(Duration.ofMillis(waitMillis));
        }
    }
}
